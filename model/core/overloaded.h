#pragma once
// std::visit with one lambda per alternative: std::visit(Overloaded{[](const A &) {...}, ...}, v).

namespace frontier {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace frontier
