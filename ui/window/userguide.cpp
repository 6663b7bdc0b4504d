#include "ui/window/userguide.h"

#include <QCoreApplication>

namespace frontier::ui {

namespace {

enum class Kind { Heading, Subheading, Paragraph, Bullet, TableHead, TableRow, Code };

// `first` and `second` are translated, except a table row's first cell and a command: file names and
// command lines a translation must not touch. (QT_TRANSLATE_NOOP is written out in full each time:
// lupdate does not expand a shorter macro.)
struct Block
{
    Kind kind;
    const char *first;
    const char *second = nullptr;
};

const Block kGuide[] = {
    {Kind::Heading, QT_TRANSLATE_NOOP("UserGuide", "The window")},
    {Kind::Paragraph,
     QT_TRANSLATE_NOOP("UserGuide",
                       "The window opens on a full plan: Chinchilla (unrounded constants), $20,000 on 8 × "
                       "H100 SXM at the cheapest listed offer, the world-average grid. On the left are the "
                       "inputs (budget in any of eight units, a fixed job or a target loss; the law and its "
                       "constants; hardware, offer, pricing and memory settings; grid and PUE), in the middle the loss "
                       "chart above the allocation chart, on the right the readouts.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Drag the blue budget line** on either chart: the budget changes in its own unit "
                       "(dollars stay dollars) and every readout follows during the drag. Arrow keys nudge "
                       "it by 10^±0.05, Page Up/Down by 10^±0.5.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Drag the red frontier** up or down to scale its reducible loss; drag the **square "
                       "handle** at its right end to change its slope; drag the **N_opt line** of the "
                       "allocation chart to tilt how fast the optimal size grows. The bent law keeps the "
                       "published frontier faintly behind it, and its changed constants are marked in the "
                       "law panel; Edit ▸ Reset law constants restores them.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Click** the loss chart (away from the budget line and the frontier) to aim for that "
                       "loss: planning for a target loss, it becomes the target; planning for a budget, the "
                       "budget becomes the one whose compute-optimal run reaches it. Click the allocation chart "
                       "for that model size (the job's N, or the budget or target whose optimal run has it): "
                       "the Hugging Face 2020 calculator's two taps. The number fields do the same from the "
                       "keyboard; a loss at or below the law's irreducible loss is refused with the reason.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "Every edit, click and drag is one step of Edit ▸ Undo / Redo. Wheel or rubber-band "
                       "zoom, Ctrl+drag or the middle button to pan, double-click or Home to reset; the two "
                       "charts share their FLOP axis.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "Everything works from the keyboard: Tab walks the inputs, the two charts and every "
                       "readout in reading order (a screen reader reads each readout as \"Model size: 6.8 "
                       "billion parameters\"). In a field, Escape puts back its last good value and Ctrl+Z "
                       "undoes the typing first, then the plan's steps. A plan outside the runs its law was "
                       "fitted on is warned in the readouts.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Batch**: give a batch in tokens or in sequences of the memory settings' context, "
                       "and the plan shows the steps its tokens take at that batch, S/S_min and E/E_min, "
                       "Kaplan et al. 2020's critical batch B_crit at the plan's loss and what twice the "
                       "batch would cost in data and save in steps (Section 5.1), with a small chart of "
                       "steps against batch. B_crit was fitted to Kaplan's loss on WebText2: a plan made "
                       "with another law reads it at the loss Kaplan's L(N, D) gives the same N and D, and "
                       "says so. A batch at least 10 × B_crit is warned about, and on the 2020 GPUs so is "
                       "a batch per GPU past where the Hugging Face study saw their speed stop growing (64 "
                       "sequences on the V100 and P100, 16 on the K80 and P4). The batch is saved in "
                       "sessions (`\"batch\": {\"tokens\": ...}`).")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Unique data**: type how many unique tokens you have, and a law with repetition terms "
                       "(Muennighoff et al. 2023, `muennighoff2023`) plans the best run that repeats them: the "
                       "epochs, what the repeated tokens and the extra parameters are worth, the loss lost "
                       "against unlimited data and the least loss the data allows, with the paper's findings "
                       "(about 4 epochs are nearly as good as new data; returns fade towards 16 and are near "
                       "zero by 40) and a chart of loss against epochs at the plan's compute. Another law has "
                       "no repetition terms: the group says so and its Switch law button changes the law, as "
                       "one undo step.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Sparse (mixture of experts)**: turn each layer's MLP into experts, of which each "
                       "token uses top-k. The law's N becomes the parameters a token uses, so FLOPs, time and "
                       "cost are the dense plan's; the total, counted to the parameter from the plan's Llama "
                       "shape, is what memory must hold. No law Frontier ships predicts a mixture of experts' "
                       "loss, so the loss is withheld and the readouts say why. Jaszczur et al. 2021's "
                       "unbatched decode times (17B: 3.69 s dense, 0.183 s sparse) are shown as their "
                       "measurement, not carried to other hardware.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**View ▸ Serving cost** (Ctrl+Shift+T): what a token of the plan's model costs once "
                       "trained, on the plan's offer or another: the weights at 16, 8, 4 or any bits per "
                       "weight and after pruning, the KV cache for a context and batch, the GPUs needed to "
                       "hold them, decode tokens per second (bound by memory bandwidth at small batch, by "
                       "compute at large), and dollars, kWh and CO2 per million tokens. Each readout's "
                       "tooltip lists the assumptions and their sources. No law says what compression costs "
                       "in quality: type your own measured loss penalty (Li et al. 2020's finding is quoted). "
                       "The readouts' Serving line shows the cost at the dock's settings.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**View ▸ Inference-aware size** (Ctrl+Shift+I): give the tokens the model will serve "
                       "over its life, and Frontier finds the smaller model, trained on more tokens, that "
                       "reaches the same loss as the compute-optimal one for the least training plus serving "
                       "cost (Sardana et al. 2024), in FLOPs and, with prices, in dollars. Both models are "
                       "shown side by side with the saving, over a chart of total cost against lifetime "
                       "tokens.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**File ▸ Import runs…** (Ctrl+I) fits L(N, D) to a CSV of your own runs (the format "
                       "`frontier fit` reads), by Hoffmann's grid or Epoch's maximum likelihood, on a worker "
                       "thread with a progress bar and Cancel. (Above 500 runs the grid's 4,500 starts run "
                       "on 500 of them, spread evenly, and its 10 best minima are refined on all runs, with "
                       "a note saying so: 10,000 runs would take minutes otherwise.) The law joins the list "
                       "as \"Fitted: FILE (method)\" and the plan switches to it, as one undo step; the runs "
                       "are drawn on the loss chart, coloured by size like the curves. A bad file is refused "
                       "with the line and column it stumbled on, and the plan stays as it was.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "**Published runs** (View ▸ Chart layers): GPT-3, Gopher, Chinchilla, BLOOM, OPT, "
                       "LLaMA, Llama 2 and PaLM as labelled points on both charts, at their training FLOPs "
                       "(printed, else 6ND) and, on the loss chart, at the loss the *current* law predicts for "
                       "their N and D (they reported no loss on one common dataset). Hover a point for its "
                       "figures — parameters, tokens, FLOPs, accelerator, GPU-hours, energy, CO2 and how it was "
                       "counted — each with its paper and table. Runs beyond the view are counted at the plot's "
                       "edge. Under the readouts the plan is compared with one of them, GPT-3 at first: \"Your "
                       "plan uses 1/27 of GPT-3 175B's compute and 1/130 of its CO2\" for the $20,000 plan. The "
                       "catalogue, `resources/runs/runs.json`, leaves a figure empty, with the reason, where it "
                       "could not be read in a source, and keeps both figures where sources disagree (BLOOM's "
                       "24.7 t dynamic and 50.5 t total CO2).")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "View ▸ Chart layers hides curves; View ▸ Language switches between English and 简体中文 "
                       "at once, Qt's own buttons and dialogs included (from Qt's translations, Debian "
                       "package `qt6-translations-l10n`).")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "File ▸ Export chart… writes the loss chart, the allocation chart, or the "
                       "comparison's bar chart or Pareto scatter as PNG (at 1–4× its pixels), SVG or PDF — "
                       "as shown, without the hover crosshair and drag handles, with a title and the sources "
                       "in small print — or the numbers behind it as CSV (units in the headers, a source on "
                       "each row: the law's citation, or the offer's archived page and date). The "
                       "comparison's table goes to CSV with the dock's filters and order, whether or not the "
                       "dock is open. Edit ▸ Copy report puts the plan on the clipboard as a paragraph for a "
                       "paper or a model card, with every source it used (Copy report as LaTeX escapes it "
                       "for LaTeX).")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "File ▸ New / Open / Open Recent / Save / Save As keep a plan as a **session** (JSON, "
                       "see below); the title shows the file and a `*` while there are unsaved changes, and "
                       "New, Open and closing ask before discarding them. Unsaved work is copied aside "
                       "within 30 seconds; after a crash the next start offers it back. The plan on show "
                       "when the window closes comes back at the next start.")},
    {Kind::Bullet,
     QT_TRANSLATE_NOOP("UserGuide",
                       "Help ▸ User guide (F1) opens this text in the window's language; Help ▸ Keyboard "
                       "shortcuts lists every shortcut of the menus, read from the menus themselves; Help ▸ "
                       "About Frontier gives the version, Frontier's licence, and every work its figures "
                       "come from, each once with its licence.")},
    {Kind::Subheading, QT_TRANSLATE_NOOP("UserGuide", "Sessions")},
    {Kind::Paragraph,
     QT_TRANSLATE_NOOP("UserGuide",
                       "A session file holds the law and your constants, the budget and unit (or job), "
                       "hardware, energy and carbon choices, memory settings, the charts' zoom, the "
                       "comparison's filters, and your runs and catalogue files by path, under a "
                       "`schema_version` (the schema is described at the top of `model/plan/session.h`). The "
                       "window and `frontier plan --session FILE.json [--json]` read the same files. Four "
                       "examples sit in `docs/examples/`:")},
    {Kind::TableHead, QT_TRANSLATE_NOOP("UserGuide", "file"), QT_TRANSLATE_NOOP("UserGuide", "the plan")},
    {Kind::TableRow, "`one-gpu-500-usd.json`",
     QT_TRANSLATE_NOOP("UserGuide",
                       "$500 on one H100 SXM at Lambda's listed price, US grid")},
    {Kind::TableRow, "`cloud-20k-usd.json`",
     QT_TRANSLATE_NOOP("UserGuide",
                       "$20,000 on 8 H100 SXM at GCP Iowa on demand, gcp/us-central1's grid")},
    {Kind::TableRow, "`multi-node-70b.json`",
     QT_TRANSLATE_NOOP("UserGuide",
                       "70B parameters on 2T tokens on 2,048 H100 SXM, MFU 0.4, ZeRO-3, full recomputation")},
    {Kind::TableRow, "`hf2020-v100.json`",
     QT_TRANSLATE_NOOP("UserGuide",
                       "the 2020 calculator's own pipeline: $100 on one V100 (its speed model, price, power "
                       "and grid)")},
    {Kind::Code, "frontier plan --session docs/examples/cloud-20k-usd.json"},
    {Kind::Paragraph,
     QT_TRANSLATE_NOOP("UserGuide",
                       "Loading is tolerant where that is safe and strict where it is not: a missing key "
                       "takes its default and an unknown key is ignored, each with a note (the status bar, "
                       "or a warning on stderr); a wrong type, an implausible number "
                       "(`resources/limits.json`), an unknown law, constant, GPU, offer, region or country, "
                       "or a newer `schema_version` refuses the file with a message naming the key, and the "
                       "work in the window stays as it was. A file over 10 MiB is refused before it is read, "
                       "one whose arrays and objects nest more than 64 levels deep as soon as the reader "
                       "reaches that level. Saving — a session, the recovery copy or any export — writes a "
                       "new file beside the old one, flushes and counts it, and swaps it in only when "
                       "complete, so a failed save (no permission, disk full, folder gone) names the path "
                       "and the system's reason (\"No space left on device\") and leaves the old file "
                       "intact. A replaced file keeps its permissions; a target that is read-only, or not a "
                       "regular file at all (a folder, a device, a pipe, or a link to one), is refused "
                       "before anything is written. A recovery copy that was restored stays until the work "
                       "is saved or a newer copy replaces it, so a second crash loses nothing either. A "
                       "session names its law by id and stores no fit: a law fitted in the window opens only "
                       "while that fit is loaded, and the runs file is kept by path so the fit can be made "
                       "again.")},
};

} // namespace

QString userGuideMarkdown(bool translated)
{
    const auto text = [translated](const char *source) {
        return translated ? QCoreApplication::translate("UserGuide", source) : QString::fromUtf8(source);
    };
    QString markdown;
    Kind previous = Kind::Heading;
    for (const Block &block : kGuide) {
        // Bullets and table rows continue their list or table on the next line; every other block
        // is a paragraph of its own, after a blank line.
        const bool inTable = previous == Kind::TableRow || previous == Kind::TableHead;
        const bool continues = (block.kind == Kind::Bullet && previous == Kind::Bullet)
                               || (block.kind == Kind::TableRow && inTable);
        if (!markdown.isEmpty())
            markdown += continues ? QStringLiteral("\n") : QStringLiteral("\n\n");
        switch (block.kind) {
        case Kind::Heading: markdown += QStringLiteral("## ") + text(block.first); break;
        case Kind::Subheading: markdown += QStringLiteral("### ") + text(block.first); break;
        case Kind::Paragraph: markdown += text(block.first); break;
        case Kind::Bullet: markdown += QStringLiteral("- ") + text(block.first); break;
        case Kind::TableHead:
            markdown += QStringLiteral("| ") + text(block.first) + QStringLiteral(" | ") + text(block.second)
                        + QStringLiteral(" |\n|---|---|");
            break;
        case Kind::TableRow:
            markdown += QStringLiteral("| ") + QString::fromUtf8(block.first) + QStringLiteral(" | ")
                        + text(block.second) + QStringLiteral(" |");
            break;
        case Kind::Code: markdown += QStringLiteral("    ") + QString::fromUtf8(block.first); break;
        }
        previous = block.kind;
    }
    return markdown + QStringLiteral("\n");
}

} // namespace frontier::ui
