#include "ui/document/runfit.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "model/core/units.h"
#include "model/laws/datarange.h"
#include "data/appcatalogs.h"

#include <QtConcurrent/QtConcurrentRun>

namespace frontier::ui {

RunFit::RunFit(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RunFit::finish);
}

RunFit::~RunFit()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void RunFit::start(std::vector<Observation> runs, FitProcedure procedure, FitMethod method)
{
    if (running())
        return;
    m_cancel = false;
    m_running = true;
    FitOptions options;
    options.method = method;
    options.cancel = &m_cancel;
    // Called on the worker threads, one call at a time: hand the numbers to the GUI thread.
    options.progress = [this](std::size_t done, std::size_t total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(int(done), int(total)); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([runs = std::move(runs), procedure = std::move(procedure), options] {
            Outcome outcome;
            try {
                outcome.result = fitParametricLaw(runs, procedure, options);
            } catch (const InputError &e) {
                outcome.error = e.message();
            } catch (const std::exception &e) {
                // Not the user's input but a fault (out of memory): said, not a crash of the window.
                outcome.error = Message::plain(e.what());
            }
            return outcome;
        }));
}

void RunFit::cancel()
{
    m_cancel = true;
}

void RunFit::finish()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    // Cancelled before any start finished is an error of the model's ("fit.cancelled"): still a cancel.
    if (m_cancel || (outcome.result && outcome.result->cancelled))
        Q_EMIT cancelled();
    else if (outcome.error)
        Q_EMIT failed(*outcome.error);
    else
        Q_EMIT succeeded(*outcome.result);
}

Law fittedLaw(const FitResult &fit, const Law &form, const std::string &id, const std::string &fileName,
              FitMethod method, const std::vector<Observation> &runs)
{
    const std::size_t runCount = runs.size();
    const std::map<std::string, double> values = {
        {"E", fit.E}, {"A", fit.A}, {"B", fit.B}, {"alpha", fit.alpha}, {"beta", fit.beta}};
    const std::string source =
        "fitted to " + fileName + " (" + std::to_string(runCount) + " runs, " + fitMethodName(method) + ")";
    std::vector<Constant> constants;
    for (const Constant &published : form.constants().all()) {
        const auto found = values.find(published.name);
        if (found == values.end())
            continue;
        Constant c;
        c.name = published.name;
        c.description = published.description;
        c.value = found->second;
        c.source = source;
        constants.push_back(std::move(c));
    }
    ConstantSet set(std::move(constants));
    ParametricLaw parametric = ParametricLaw::fromConstants(set); // refuses a non-positive exponent

    LawInfo info = form.info();
    info.id = id;
    info.name = fileName + " (" + fitMethodName(method) + ")";
    info.citation =
        "Fitted by Frontier to " + fileName + ": " + std::to_string(runCount) + " runs, " +
        (method == FitMethod::Hoffmann ? "Hoffmann et al. 2022 App. D.2 (Huber, L-BFGS from a grid)"
                                       : "Besiroglu et al. 2024 (Huber-likelihood MLE)");
    info.description = "L(N, D) = E + A/N^alpha + B/D^beta fitted to your runs; N, D and L mean what they "
                       "mean in your file.";
    info.family = "fitted";
    info.notes.clear();
    std::vector<RunExtent> extents;
    for (const Observation &run : runs)
        extents.push_back({units::trainingFlops(run.params, run.tokens), run.params, run.tokens});
    info.dataRange = dataRangeOf(extents, "the " + std::to_string(runCount) + " runs of " + fileName);
    return Law(std::move(info), std::move(set), parametric);
}

std::string freeFittedId(const AppCatalogs &catalogs, const std::string &fileName, FitMethod method)
{
    const std::string base = "fitted:" + fileName + ":" + fitMethodName(method);
    std::string id = base;
    for (int n = 2; catalogs.isFitted(id); ++n)
        id = base + ":" + std::to_string(n);
    return id;
}

} // namespace frontier::ui
