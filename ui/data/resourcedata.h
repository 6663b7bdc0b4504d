#pragma once
// The bridge between Qt resources and the Qt-free model: reads the files embedded from resources/
// and hands their text to the model's parsers. Everything the app knows comes through here.

#include "model/fit.h"
#include "model/lawcatalog.h"
#include "model/speedmodel.h"

#include <QString>

#include <string>

namespace frontier::data {

// The text of an embedded file (":/laws/kaplan2020.json"); throws InputError naming a missing one.
std::string readResource(const QString &path);

// Built once, on first use, and shared: parsing and the hf2020 frontier fit take a few milliseconds.
const LawCatalog &lawCatalog();
const Hf2020SpeedModel &hf2020SpeedModel();
const FitProcedure &fitProcedure();

} // namespace frontier::data
