#pragma once
// PlanInputs lives in the model (model/plan/planinputs.h); the window's code keeps its old name.
#include "model/plan/planinputs.h"
namespace frontier::ui { using frontier::PlanInputs; }
