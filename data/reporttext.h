#pragma once
// The plan's report (model/plan/report.h) in the user's language: its sentences looked up by code in
// translation context "Report" and filled with the model's values; numbers and sources stay as the
// model wrote them. The window's Copy report and `frontier report` both say it through here.

#include "model/plan/report.h"

#include <QString>

#include <string>

namespace frontier::data {

// The English pattern of a report sentence's code; "" when the table has none.
std::string reportPattern(const std::string &code);
// A sentence in the current language (English when it has no translation, or no pattern here).
QString reportSentenceText(const Message &sentence);
// "Sources", translated.
QString reportSourcesHeading();
// The whole report, rendered in `format`, in the current language.
QString reportText(const Report &report, ReportFormat format);

} // namespace frontier::data
