#pragma once
// Starting the window: application metadata, the translator for the chosen language, the main window.

#include <QString>

namespace frontier::ui {

int runWindow(int &argc, char **argv);

// Switches every window's language at once ("en" or "zh_CN"); widgets retranslate on LanguageChange.
// Returns false if the translation could not be loaded (the language stays as it was).
bool setLanguage(const QString &language);
QString currentLanguage();

} // namespace frontier::ui
