#pragma once
// The user guide shown by Help > User guide: the README's section on the window, block by block,
// each block translatable (context "UserGuide"). This file is the guide's source; tst_window_help
// checks that the README's "## The window" section says the same, so the two cannot drift: edit
// both, and the test points at the first block that differs.

#include <QString>

namespace frontier::ui {

// The guide as Markdown (GitHub dialect: headings, bullets, a table, an indented command), in the
// current language; `translated = false` gives the English the README must match.
QString userGuideMarkdown(bool translated = true);

} // namespace frontier::ui
