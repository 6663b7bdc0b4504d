#pragma once
// File ▸ Import runs… behind the window: the fit of a user's runs on a worker thread (the Hoffmann
// grid takes seconds), with progress and Cancel, and the fitted constants turned into a Law the
// catalogue can hold.
//
//   start() -> worker: fitParametricLaw(progress -> progressed(), cancel <- cancel())
//           -> on the GUI thread: succeeded(result) | cancelled() | failed(message)
//
// A cancelled fit is only ever reported as cancelled, never as a result: the model's best-so-far
// answer of a cancelled grid is not the fit the user asked for.

#include "model/fit/fit.h"
#include "model/laws/law.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace frontier::ui {

class AppCatalogs;

class RunFit : public QObject
{
    Q_OBJECT

public:
    explicit RunFit(QObject *parent = nullptr);
    ~RunFit() override; // cancels a running fit and waits for it

    // Starts a fit; ignored while one is running.
    void start(std::vector<Observation> runs, FitProcedure procedure, FitMethod method);
    // Asks the running fit to stop (it does within milliseconds); cancelled() follows.
    void cancel();
    // From start() until its outcome is signalled (the worker may be done a moment before).
    bool running() const { return m_running; }

Q_SIGNALS:
    void progressed(int done, int total);
    void succeeded(const frontier::FitResult &result);
    void cancelled();
    void failed(const frontier::Message &message);

private:
    struct Outcome
    {
        std::optional<FitResult> result;
        std::optional<Message> error;
    };

    void finish();

    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QFutureWatcher<Outcome> m_watcher;
};

// The law a fit gives: the Chinchilla form with the fitted constants, each sourced to the file and
// the method, the span of `runs` (the ones it was fitted on) as its data range, and the rest
// (capabilities, constant descriptions) from `form` (the published law of the same form). Throws
// InputError when the constants make no law (a non-positive exponent).
Law fittedLaw(const FitResult &fit, const Law &form, const std::string &id, const std::string &fileName,
              FitMethod method, const std::vector<Observation> &runs);

// "fitted:FILE:METHOD", with ":2", ":3", ... when the catalogue already has it (a re-import of the
// same file is a new law, so undoing one import never removes another's).
std::string freeFittedId(const AppCatalogs &catalogs, const std::string &fileName, FitMethod method);

} // namespace frontier::ui
