#pragma once
// Numbers for people to read at a glance: "40.4 B", "$18,400", "3.2 days", "1.2 MWh", "1.3 t".
// Three significant digits, trailing zeros dropped, no locale consulted (a de_DE desktop reads the
// same dots and commas as the command line). The window's readouts and the command line share it.
//
// Chinese groups large counts by 万 (1e4) and 亿 (1e8), not by thousands: 12.3 billion is "123 亿",
// 1.4 trillion "1.4 万亿". Which grouping applies is a property of the language, so each function
// takes a NumberStyle; numberStyle() reads it from the installed translation (the string
// "FRONTIER_NUMBER_STYLE" in context "PeopleFormat" translates to "zh" in the Chinese catalogue,
// the way Qt reads its layout direction from "QT_LAYOUT_DIRECTION"). The unit words are part of the
// format, like QLocale's month names, so a test can ask for either style without a translator.

#include <QString>

namespace frontier::data {

enum class NumberStyle { English, Chinese };

// The style of the current translation: Chinese when the installed catalogue says "zh".
NumberStyle numberStyle();

// A count with its scale: "70 B", "1.4 T", "950 M" / "700 亿", "1.4 万亿", "9.5 亿". Below a
// thousand (English) or ten thousand (Chinese) the plain number; above 1000 T / 1e4 万亿 scientific.
QString peopleCount(double value, NumberStyle style);
// A value as people type it into a field, and as parseQuantity reads it back: four significant
// digits with the short-scale suffix, "2.236M", "386.6B", "20k", "2,236", "0.4", "1.5e21". A
// field shows this; the document keeps the exact value.
QString typedNumber(double value);
// A count as it is said, for screen readers: "6.8 billion", "950 million", "1.4 trillion"; in
// Chinese the written form already is the spoken one ("68 亿").
QString spokenCount(double value, NumberStyle style);
// Dollars: "$18,400", "$0.42", "$12.3 M" / "$1,840 万" style grouping in Chinese ("$123 万", "$1.2 亿").
QString peopleDollars(double usd, NumberStyle style);
// A unit price to the cent, as price lists write it: "$4.40", "$12.29", "$1,234.50".
QString peoplePrice(double usd);
// Wall-clock time from hours: "42 min", "5.1 h", "3.2 days", "2.3 years" / "42 分钟", "5.1 小时",
// "3.2 天", "2.3 年". Hours up to two days, days up to two years.
QString peopleDuration(double hours, NumberStyle style);
// Energy from kWh: "420 Wh", "340 kWh", "1.2 MWh", "3.4 GWh" (SI symbols in both styles).
QString peopleEnergy(double kwh, NumberStyle style);
// Mass from kg: "420 kg", "1.3 t", "12,300 t" / "420 千克", "1.3 吨".
QString peopleMass(double kg, NumberStyle style);
// A plain number with three significant digits and grouped thousands: "18,400", "0.42", "1.5e+21"
// from 1e15 on.
QString peopleNumber(double value);

} // namespace frontier::data
