#pragma once
// Which language the app speaks: the translator of the chosen language, switched at run time. Qt
// Core only: the window and the command line load their translations the same way.

#include <QString>

namespace frontier::ui {

// Switches every window's language at once ("en" or "zh_CN"), Frontier's words and Qt's own (the
// standard buttons, from qtTranslationDirectory()); widgets retranslate on LanguageChange.
// Returns false if the translation could not be loaded: the language stays as it was, translator
// and all (the new one is loaded before the old one is removed).
bool setLanguage(const QString &language);
QString currentLanguage();
// Whether Qt's own translation of the current language is installed (false in English, and when Qt's
// translations are not installed: then only the standard buttons stay English).
bool qtTranslationLoaded();
// Where Qt's own translations are read from: the running Qt's folder (QLibraryInfo).
QString qtTranslationDirectory();

// Where the .qm files are looked for (":/i18n", embedded by frontier_data). Tests point it at an
// empty folder to make loading fail the way a broken installation would.
void setTranslationDirectory(const QString &directory);

} // namespace frontier::ui
