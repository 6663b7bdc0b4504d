#pragma once
// Starting the window: application metadata, the chosen language and theme, the main window.

namespace frontier::ui {

int runWindow(int &argc, char **argv);

} // namespace frontier::ui
