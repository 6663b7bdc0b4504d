#pragma once
// A plan as a short paragraph for a paper or a model card: model size, tokens, hardware, GPU-hours,
// energy and CO2 (with the grid's region and dataset), the law, and the citation of every source
// the plan used, in Markdown or LaTeX.
//
//   (law, request, setup, plan) -> planReport -> Report: sentences as Messages + sources
//                                -> renderReport(format, translate) -> text
//
// The sentences are Messages (codes "report.*") so that the UI can say them in the user's language
// through its table of report sentences (data/reporttext.h); the numbers in them are formatted here for
// people, the same in every language and locale ("70B", "1.4T", "$18,400", "5.76e23"). The sources are quoted
// as the catalogues give them, in English.

#include "model/core/message.h"
#include "model/plan/planner.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct KnownRun;

struct Report
{
    std::vector<Message> sentences;
    std::vector<std::string> sources; // each once, in the order the paragraph uses them
};

// `gpuName` is how the paragraph names the accelerator ("NVIDIA H100 SXM5"); empty: its id. With
// `comparedRun` (one with a training compute) the paragraph puts the plan beside that published run.
Report planReport(const Law &law, const PlanRequest &request, const ResolvedSetup &setup, const Plan &plan,
                  const std::string &gpuName = {}, const KnownRun *comparedRun = nullptr);

// PlainText is what a clipboard's text/plain holds: the same words with nothing escaped.
enum class ReportFormat { Markdown, Latex, PlainText };

// How a sentence becomes text: Message::text (English) unless the UI hands its translation in.
using SentenceText = std::function<std::string(const Message &)>;

// The paragraph, then the heading and a numbered list of the sources. Text is escaped for the format
// (LaTeX: \ % $ _ & # { } ~ ^; Markdown: \ * _ ` [ ] < >; plain text: nothing).
std::string renderReport(const Report &report, ReportFormat format, const SentenceText &text = {},
                         const std::string &sourcesHeading = "Sources");

std::string latexEscape(std::string_view text);
std::string markdownEscape(std::string_view text);

// Numbers for a paragraph: "70B", "1.4T", "950M", "12k" for counts; "18,400" with three significant
// digits; "5.76e23" for FLOPs.
std::string reportCount(double value);
std::string reportNumber(double value);
std::string reportScientific(double value);

} // namespace frontier
