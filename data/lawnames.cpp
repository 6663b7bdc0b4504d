#include "data/lawnames.h"

#include "model/laws/law.h"

#include <QCoreApplication>

namespace frontier::data {

const std::vector<const char *> &lawNames()
{
    static const std::vector<const char *> names{
        QT_TRANSLATE_NOOP("LawName", "Epoch AI 2024 refit of Chinchilla (maximum likelihood)"),
        QT_TRANSLATE_NOOP("LawName", "Epoch AI 2024, replication of Hoffmann's grid/L-BFGS procedure"),
        QT_TRANSLATE_NOOP("LawName", "Hugging Face 2020 compute frontier, as the calculator computes it (Transformer-XL, Wikitext-103)"),
        QT_TRANSLATE_NOOP("LawName", "Hugging Face 2020 compute frontier through the exact lower hull (Transformer-XL, Wikitext-103)"),
        QT_TRANSLATE_NOOP("LawName", "Chinchilla, Approach 3 (unrounded constants)"),
        QT_TRANSLATE_NOOP("LawName", "Chinchilla, Approach 3 (printed Eq. 10 constants)"),
        QT_TRANSLATE_NOOP("LawName", "Chinchilla, Approach 1 (minimum over training curves)"),
        QT_TRANSLATE_NOOP("LawName", "Chinchilla, Approach 2 (IsoFLOP profiles)"),
        QT_TRANSLATE_NOOP("LawName", "Kaplan et al. 2020 (OpenAI)"),
        QT_TRANSLATE_NOOP("LawName", "Muennighoff et al. 2023, data-constrained scaling (C4, repeated data)"),
    };
    return names;
}

QString lawName(const Law &law)
{
    return QCoreApplication::translate("LawName", law.info().name.c_str());
}

} // namespace frontier::data
