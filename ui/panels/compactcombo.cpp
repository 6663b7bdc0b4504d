#include "ui/panels/compactcombo.h"

#include <QComboBox>

namespace frontier::ui {

QComboBox *compactCombo(QWidget *parent, int characters)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    return combo;
}

} // namespace frontier::ui
