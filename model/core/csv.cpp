#include "model/core/csv.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/utf8.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace frontier {

int CsvTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    return -1;
}

CsvTable parseCsv(std::string_view text, std::string_view source)
{
    const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    text.remove_prefix(bom);
    if (const auto bad = firstInvalidUtf8(text)) {
        const auto line = 1 + std::count(text.begin(), text.begin() + std::ptrdiff_t(*bad), '\n');
        throw InputError(message("csv.not_utf8", "{source}: line {line} is not UTF-8 text (byte {offset})",
                                 {{"source", std::string(source)}, {"line", std::to_string(line)},
                                  {"offset", std::to_string(bom + *bad + 1)}}));
    }

    std::vector<std::vector<std::string>> records;
    std::vector<std::size_t> recordLines;
    std::vector<std::string> record;
    std::string cell;
    bool quoted = false;
    bool cellStarted = false;
    std::size_t line = 1;
    std::size_t recordLine = 1;
    auto endCell = [&] {
        record.push_back(std::move(cell));
        cell.clear();
        cellStarted = false;
    };
    auto endRecord = [&] {
        endCell();
        // A line holding nothing at all is skipped (trailing newline, blank separator line).
        if (!(record.size() == 1 && record[0].empty())) {
            records.push_back(std::move(record));
            recordLines.push_back(recordLine);
        }
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                if (ch == '\n')
                    ++line;
                cell += ch;
            }
        } else if (ch == '"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (ch == ',') {
            endCell();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            cell += ch;
            cellStarted = true;
        }
    }
    if (quoted)
        throw InputError(message("csv.unterminated_quote", "{source}: unterminated quoted cell at line {line}",
                                 {{"source", std::string(source)}, {"line", std::to_string(line)}}));
    if (cellStarted || !record.empty())
        endRecord();
    if (records.empty())
        throw InputError(message("csv.empty", "{source}: the file is empty", {{"source", std::string(source)}}));

    CsvTable table;
    table.header = std::move(records.front());
    for (auto &name : table.header) {
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
            name.pop_back();
        while (!name.empty() && (name.front() == ' ' || name.front() == '\t'))
            name.erase(name.begin());
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.header.size())
            throw InputError(message("csv.cell_count", "{source}: line {line} has {cells} cells, the header has {columns}",
                                     {{"source", std::string(source)},
                                      {"line", std::to_string(recordLines[r])},
                                      {"cells", std::to_string(records[r].size())},
                                      {"columns", std::to_string(table.header.size())}}));
        table.rows.push_back(std::move(records[r]));
        table.rowLines.push_back(recordLines[r]);
    }
    return table;
}

double parseNumberCell(const std::string &cell, std::string_view source, std::size_t line,
                       std::string_view column)
{
    // The cell's full size, not c_str(): a NUL byte inside the cell is a byte that is not a number.
    if (const auto value = parseNumber(std::string_view(cell.data(), cell.size())))
        return *value;
    throw InputError(message("csv.not_a_number", "{source}: line {line}, column '{column}': expected a number, got '{cell}'",
                             {{"source", std::string(source)}, {"line", std::to_string(line)},
                              {"column", std::string(column)}, {"cell", cell}}));
}

std::string csvRecord(const std::vector<std::string> &cells)
{
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const std::string &cell = cells[i];
        if (cell.find_first_of(",\"\r\n") == std::string::npos) {
            out += cell;
            continue;
        }
        out += '"';
        for (const char c : cell) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += '\n';
    return out;
}

} // namespace frontier
