#include "model/shape/modelshape.h"

#include "model/core/enumnames.h"
#include "model/core/errors.h"

namespace frontier {

namespace {

constexpr EnumNames<ShapeFamily, 3> kFamilyNames{
    {{{ShapeFamily::TransformerXl, "txl"}, {ShapeFamily::Gpt2, "gpt2"}, {ShapeFamily::Llama, "llama"}}}};
constexpr EnumNames<ShapeRole, 5> kRoleNames{{{{ShapeRole::Calculator, "calculator"},
                                               {ShapeRole::CalculatorAlternative, "calculator-alternative"},
                                               {ShapeRole::Wide, "wide"},
                                               {ShapeRole::Narrow, "narrow"},
                                               {ShapeRole::Given, "given"}}}};

} // namespace

std::string shapeFamilyName(ShapeFamily family)
{
    return kFamilyNames.name(family);
}

ShapeFamily parseShapeFamily(std::string_view text)
{
    for (const auto &[family, name] : kFamilyNames.entries)
        if (text == name)
            return family;
    throw InputError(message("shape.unknown_family", "unknown model family '{key}'; known: txl, gpt2, llama",
                             {{"key", std::string(text)}}));
}

std::string shapeRoleName(ShapeRole role)
{
    return kRoleNames.name(role);
}

} // namespace frontier
