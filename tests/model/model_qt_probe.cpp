// Compiled with frontier_model's flags only. It must FAIL to build: the model has no Qt include
// path, so a model source that reaches for Qt is caught at compile time (test model_rejects_qt_headers).
#include "model/core/units.h"
#include <QString>

QString probe() { return QString(); }
