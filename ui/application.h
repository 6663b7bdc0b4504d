#pragma once
// Starting the window: application metadata, the translator for the chosen language, the main window.

#include <QString>

namespace frontier::ui {

int runWindow(int &argc, char **argv);

// Switches every window's language at once ("en" or "zh_CN"); widgets retranslate on LanguageChange.
// Returns false if the translation could not be loaded: the language stays as it was, translator
// and all (the new one is loaded before the old one is removed).
bool setLanguage(const QString &language);
QString currentLanguage();

// Where the .qm files are looked for (":/i18n", embedded by frontier_data). Tests point it at an
// empty folder to make loading fail the way a broken installation would.
void setTranslationDirectory(const QString &directory);

} // namespace frontier::ui
