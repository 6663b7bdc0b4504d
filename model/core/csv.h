#pragma once
// A small RFC-4180 reader for the CSV files Frontier reads: the Hugging Face 2020 learning curves,
// a user's own training runs. Quoted cells, CRLF and a leading UTF-8 BOM are handled. And the writer
// of the CSV files it exports (chart data), in the same dialect.

#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // every row has header.size() cells
    std::vector<std::size_t> rowLines;          // the file line each row starts on, for messages

    // Index of the column named `name` (exact), or -1.
    int column(std::string_view name) const;
};

// Throws InputError naming `source` and the line for an empty file, a row with the wrong number
// of cells or an unterminated quote.
CsvTable parseCsv(std::string_view text, std::string_view source);

// A cell as a number; throws InputError naming source, line and column for text in a number cell.
double parseNumberCell(const std::string &cell, std::string_view source, std::size_t line,
                       std::string_view column);

// One CSV record and its "\n": a cell holding a comma, a quote or a line break is quoted, its quotes
// doubled (RFC 4180), so parseCsv reads the same cells back.
std::string csvRecord(const std::vector<std::string> &cells);

} // namespace frontier
