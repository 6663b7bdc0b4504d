#pragma once
// Starting the window: application metadata, the translator for the chosen language, the main window.

namespace frontier::ui {

int runWindow(int &argc, char **argv);

} // namespace frontier::ui
