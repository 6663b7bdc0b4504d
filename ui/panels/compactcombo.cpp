#include "ui/panels/compactcombo.h"

#include "ui/panels/wheelguard.h"

#include <QComboBox>

namespace frontier::ui {

QComboBox *compactCombo(QWidget *parent, int characters)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    takeWheelOnlyWhenFocused(combo); // the inputs panel scrolls: its combos must not turn under the wheel
    return combo;
}

} // namespace frontier::ui
