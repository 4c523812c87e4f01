#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace dialogsmith::resources {

namespace {

QTranslator *install(const QLocale &language, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(language, name, QStringLiteral("_"), directory))
        return nullptr;
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.get());
    return translator.release();
}

} // namespace

QList<QTranslator *> installTranslations(const QLocale &locale)
{
    const QString own = QStringLiteral(":/i18n");
    QStringList languages = locale.uiLanguages();
    languages.append(QStringLiteral("en"));
    for (const QString &name : std::as_const(languages)) {
        const QLocale language(name);
        QTranslator *app = install(language, QStringLiteral("dialogsmith"), own);
        if (!app) {
            if (language.language() == QLocale::English)
                return {};
            continue;
        }
        QList<QTranslator *> installed{app};
        if (language.language() != QLocale::English) {
            if (QTranslator *qt = install(language, QStringLiteral("qtbase"),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                installed.append(qt);
        }
        return installed;
    }
    return {};
}

} // namespace dialogsmith::resources
