#include "data/peopleformat.h"

#include "model/core/numbers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

namespace frontier::data {

namespace {

constexpr int significant = 3;
// From here on a count or a plain number reads better as 1.5e21 than as a row of digits.
constexpr double scientificFrom = 1e15;

// "1.5e+21" -> "1.5e21", "2e-05" -> "2e-5": the shortest scientific form people write.
QString scientific(double value, int digits = significant)
{
    std::string text = formatNumber(value, digits);
    const auto e = text.find('e');
    if (e == std::string::npos)
        return QString::fromStdString(text);
    std::string mantissa = text.substr(0, e), exponent = text.substr(e + 1);
    const bool negative = !exponent.empty() && exponent[0] == '-';
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-'))
        exponent.erase(0, 1);
    while (exponent.size() > 1 && exponent[0] == '0')
        exponent.erase(0, 1);
    return QString::fromStdString(mantissa + "e" + (negative ? "-" : "") + exponent);
}

// How many decimals leave three significant digits in `magnitude` (> 0).
int decimalsFor(double magnitude)
{
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    return std::max(0, significant - 1 - exponent);
}

// `value` rounded to three significant digits, so that the scale is picked on what is shown
// (999,950 is "1 M", not "1000 k").
double rounded(double value, int digits = significant)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::abs(value);
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    const double unit = std::pow(10.0, exponent - (digits - 1));
    return std::round(value / unit) * unit;
}

// Digits with ',' between thousands and at most `decimals` decimals, trailing zeros dropped.
QString grouped(double value, int decimals)
{
    const double power = std::pow(10.0, decimals);
    const auto scaled = static_cast<std::uint64_t>(std::llround(std::abs(value) * power));
    const auto divisor = static_cast<std::uint64_t>(power);
    QString whole = QString::number(scaled / divisor);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
        whole.insert(at, QLatin1Char(','));
    QString fraction = QString::number(scaled % divisor).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString sign = value < 0 && scaled != 0 ? QStringLiteral("-") : QString();
    if (fraction.isEmpty())
        return sign + whole;
    return sign + whole + QLatin1Char('.') + fraction;
}

struct Scale
{
    double factor;
    const char *symbol;
};

// `value` in the largest scale it reaches (scales from the smallest up; the first is the base).
template <std::size_t n>
QString scaled(double value, const Scale (&scales)[n], const QString &separator = QStringLiteral(" "))
{
    const double shown = rounded(value);
    std::size_t pick = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (std::abs(shown) >= scales[i].factor)
            pick = i;
    const QString symbol = QString::fromUtf8(scales[pick].symbol);
    const QString number = peopleNumber(shown / scales[pick].factor);
    if (symbol.isEmpty())
        return number;
    return number + separator + symbol;
}

} // namespace

NumberStyle numberStyle()
{
    // Translated to "zh" by the Chinese catalogue; any other language keeps the English groups.
    const QString style = QCoreApplication::translate("PeopleFormat", "FRONTIER_NUMBER_STYLE");
    return style == QLatin1String("zh") ? NumberStyle::Chinese : NumberStyle::English;
}

QString peopleNumber(double value)
{
    if (!std::isfinite(value))
        return QString::fromStdString(formatNumber(value));
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= scientificFrom || magnitude < 1e-3)
        return scientific(value);
    const double shown = rounded(value);
    return grouped(shown, decimalsFor(std::abs(shown)));
}

QString peopleCount(double value, NumberStyle style)
{
    if (style == NumberStyle::Chinese) {
        static const Scale scales[] = {{1, ""}, {1e4, "万"}, {1e8, "亿"}, {1e12, "万亿"}};
        return std::abs(rounded(value)) >= 1e16 ? scientific(value) : scaled(value, scales);
    }
    static const Scale scales[] = {{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
    return std::abs(rounded(value)) >= scientificFrom ? scientific(value) : scaled(value, scales);
}

QString typedNumber(double value)
{
    // One digit more than a readout: the field is where a value is adjusted.
    constexpr int digits = significant + 1;
    if (!std::isfinite(value) || value == 0)
        return QString::fromStdString(formatNumber(value));
    const double shown = rounded(value, digits);
    const double magnitude = std::abs(shown);
    if (magnitude >= scientificFrom || magnitude < 1e-3)
        return scientific(value, digits);
    static const Scale scales[] = {{1e3, "k"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
    if (magnitude < 1e4) // "2,236", "0.4", "1.15": below ten thousand the digits read best
        return grouped(shown, std::max(0, digits - 1 - static_cast<int>(std::floor(std::log10(magnitude)))));
    const Scale *pick = &scales[0];
    for (const Scale &scale : scales)
        if (magnitude >= scale.factor)
            pick = &scale;
    const double inScale = shown / pick->factor;
    return grouped(inScale, std::max(0, digits - 1 - static_cast<int>(std::floor(std::log10(std::abs(inScale))))))
           + QLatin1String(pick->symbol);
}

QString spokenCount(double value, NumberStyle style)
{
    if (style == NumberStyle::Chinese)
        return peopleCount(value, style);
    static const Scale scales[] = {{1, ""}, {1e3, "thousand"}, {1e6, "million"}, {1e9, "billion"}, {1e12, "trillion"}};
    return std::abs(rounded(value)) >= scientificFrom ? scientific(value) : scaled(value, scales);
}

QString peopleDollars(double usd, NumberStyle style)
{
    const double shown = rounded(usd);
    if (std::abs(shown) < 1e6)
        return QStringLiteral("$") + peopleNumber(shown);
    if (style == NumberStyle::Chinese) {
        static const Scale scales[] = {{1e4, "万"}, {1e8, "亿"}};
        return QStringLiteral("$") + scaled(shown, scales);
    }
    static const Scale scales[] = {{1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
    return QStringLiteral("$") + scaled(shown, scales);
}

QString peoplePrice(double usd)
{
    if (!std::isfinite(usd) || std::abs(usd) >= scientificFrom)
        return QStringLiteral("$") + peopleNumber(usd);
    QString text = grouped(usd, 2);
    // grouped() drops trailing zeros; a price keeps both cents.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        text += QStringLiteral(".00");
    else if (text.size() - dot == 2)
        text += QLatin1Char('0');
    return QStringLiteral("$") + text;
}

QString peopleDuration(double hours, NumberStyle style)
{
    const bool zh = style == NumberStyle::Chinese;
    const double days = hours / 24;
    const double years = days / 365.25;
    if (hours < 1)
        return peopleNumber(hours * 60) + (zh ? QStringLiteral(" 分钟") : QStringLiteral(" min"));
    if (rounded(hours) < 48)
        return peopleNumber(hours) + (zh ? QStringLiteral(" 小时") : QStringLiteral(" h"));
    if (rounded(days) < 730.5)
        return peopleNumber(days) + (zh ? QStringLiteral(" 天") : QStringLiteral(" days"));
    return peopleNumber(years) + (zh ? QStringLiteral(" 年") : QStringLiteral(" years"));
}

QString peopleEnergy(double kwh, NumberStyle)
{
    static const Scale scales[] = {{1e-3, "Wh"}, {1, "kWh"}, {1e3, "MWh"}, {1e6, "GWh"}, {1e9, "TWh"}};
    return scaled(kwh, scales);
}

QString peopleMass(double kg, NumberStyle style)
{
    if (style == NumberStyle::Chinese) {
        static const Scale scales[] = {{1e-3, "克"}, {1, "千克"}, {1e3, "吨"}};
        return scaled(kg, scales);
    }
    static const Scale scales[] = {{1e-3, "g"}, {1, "kg"}, {1e3, "t"}};
    return scaled(kg, scales);
}

} // namespace frontier::data
