#pragma once
// Which language the app speaks: the translator of the chosen language, switched at run time. Qt
// Core only: the window and the command line load their translations the same way.

#include <QString>

namespace frontier::ui {

// Switches every window's language at once ("en" or "zh_CN"); widgets retranslate on LanguageChange.
// Returns false if the translation could not be loaded: the language stays as it was, translator
// and all (the new one is loaded before the old one is removed).
bool setLanguage(const QString &language);
QString currentLanguage();

// Where the .qm files are looked for (":/i18n", embedded by frontier_data). Tests point it at an
// empty folder to make loading fail the way a broken installation would.
void setTranslationDirectory(const QString &directory);

} // namespace frontier::ui
