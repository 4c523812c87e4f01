#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dialogsmith::runtime {

namespace {

struct Step
{
    enum class Kind { Member, Index, Every };
    Kind kind;
    QString name;
    qsizetype index = 0;
};

std::optional<QList<Step>> parse(QStringView path)
{
    path = path.trimmed();
    if (path.startsWith(QLatin1Char('{')) && path.endsWith(QLatin1Char('}')))
        path = path.mid(1, path.size() - 2).trimmed();
    if (!path.startsWith(QLatin1Char('$')))
        return std::nullopt;
    QList<Step> steps;
    qsizetype i = 1;
    while (i < path.size()) {
        if (path[i] == QLatin1Char('.')) {
            qsizetype end = i + 1;
            while (end < path.size() && path[end] != QLatin1Char('.')
                   && path[end] != QLatin1Char('['))
                ++end;
            if (end == i + 1)
                return std::nullopt;
            steps.append({Step::Kind::Member, path.mid(i + 1, end - i - 1).toString()});
            i = end;
        } else if (path[i] == QLatin1Char('[')) {
            const qsizetype end = path.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                return std::nullopt;
            const QStringView inside = path.mid(i + 1, end - i - 1).trimmed();
            bool ok = false;
            const qsizetype n = inside.toLongLong(&ok);
            if (ok && n >= 0)
                steps.append({Step::Kind::Index, {}, n});
            else if (inside == QLatin1String("i") || inside == QLatin1String("*"))
                steps.append({Step::Kind::Every});
            else
                return std::nullopt;
            i = end + 1;
        } else {
            return std::nullopt;
        }
    }
    return steps;
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

std::optional<JsonPathResult> evaluateJsonPath(const QJsonValue &root, QStringView path)
{
    const std::optional<QList<Step>> steps = parse(path);
    if (!steps)
        return std::nullopt;
    JsonPathResult result;
    QList<QJsonValue> current{root};
    for (const Step &step : *steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(current)) {
            switch (step.kind) {
            case Step::Kind::Member:
                if (v.isObject() && v.toObject().contains(step.name))
                    next.append(v.toObject().value(step.name));
                break;
            case Step::Kind::Index:
                if (v.isArray() && step.index < v.toArray().size())
                    next.append(v.toArray().at(step.index));
                break;
            case Step::Kind::Every:
                result.many = true;
                if (v.isArray()) {
                    const QJsonArray items = v.toArray();
                    for (const QJsonValue &item : items)
                        next.append(item);
                }
                break;
            }
        }
        current = next;
    }
    for (const QJsonValue &v : std::as_const(current)) {
        if (!v.isNull() && !v.isUndefined())
            result.values.append(text(v));
    }
    return result;
}

} // namespace dialogsmith::runtime
