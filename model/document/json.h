#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <vector>

namespace dialogsmith::document {

struct JsonContainer;

/// An ordered JSON value, the carrier of everything the model does not interpret.
///
/// Unlike QJsonObject it keeps object members in file order (so a saved project diffs cleanly
/// against the file it came from) and keeps number literals as written (so `1648588908911` or
/// `1.50` come back byte for byte). Arrays and objects are implicitly shared: copying a whole
/// interaction's JSON is O(1) and a change detaches only the path it touches.
///
/// Duplicate object keys are kept as read; look-ups and `set()` address the last one, which is
/// what JSON parsers (QJsonDocument included) take as the value.
class Json
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool value)
        : m_type(Type::Bool)
        , m_bool(value)
    {}
    Json(int value)
        : m_type(Type::Number)
        , m_text(QString::number(value))
    {}
    Json(qint64 value)
        : m_type(Type::Number)
        , m_text(QString::number(value))
    {}
    Json(double value);
    Json(const QString &value)
        : m_type(Type::String)
        , m_text(value)
    {}
    Json(const char *utf8)
        : m_type(Type::String)
        , m_text(QString::fromUtf8(utf8))
    {}
    Json(const QStringList &strings);

    static Json array();
    static Json object();
    /// A number from its JSON literal, kept verbatim (the caller guarantees the grammar).
    static Json numberLiteral(const QString &literal);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    /// "null", "a boolean", "a number", "a string", "an array", "an object" (for messages).
    QString typeDescription() const;

    bool toBool(bool fallback = false) const { return isBool() ? m_bool : fallback; }
    double toDouble(double fallback = 0) const;
    int toInt(int fallback = 0) const;
    /// The string value; a number or a boolean is converted to its text (CB stores some
    /// numbers as strings and the other way round); anything else gives `fallback`.
    QString toString(const QString &fallback = {}) const;
    /// The literal of a number as it will be written.
    const QString &numberText() const { return m_text; }
    /// The strings of an array of strings (other items are skipped).
    QStringList toStringList() const;

    // Arrays and objects both: the number of items or members.
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }

    // Arrays.
    const Json &at(qsizetype index) const;
    Json &operator[](qsizetype index);
    void append(const Json &value);
    void insert(qsizetype index, const Json &value);
    void removeAt(qsizetype index);

    // Objects.
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    /// The member's value, or a null Json when missing.
    const Json &value(const QString &key) const;
    const Json &operator[](const QString &key) const { return value(key); }
    /// Replaces the member in place, or appends it when missing.
    void set(const QString &key, const Json &value);
    /// Replaces the member in place, or inserts it after the closest member that precedes it in
    /// `order` (so new keys land where the file format puts them).
    void set(const QString &key, const Json &value, const QStringList &order);
    void remove(const QString &key);
    /// Position of the member named `key` (the last one if repeated), or -1.
    qsizetype indexOf(const QString &key) const;
    const QString &keyAt(qsizetype index) const;
    const Json &valueAt(qsizetype index) const;
    Json &valueAt(qsizetype index);
    QStringList keys() const;

    /// Structural equality: objects compare by members in order, numbers by value.
    bool operator==(const Json &other) const;
    bool operator!=(const Json &other) const { return !(*this == other); }

    QJsonValue toQJsonValue() const;
    static Json fromQJsonValue(const QJsonValue &value);

private:
    friend class JsonBuilderAccess;

    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text; // string value or number literal
    QSharedDataPointer<JsonContainer> m_d;
};

struct JsonMember
{
    QString key; // empty for array items
    Json value;

    bool operator==(const JsonMember &o) const { return key == o.key && value == o.value; }
};

struct JsonContainer : QSharedData
{
    std::vector<JsonMember> members; // array items or object members, in order
};

/// Options for writing JSON text.
struct JsonWriteOptions
{
    int indent = 2; ///< spaces per level; 0 writes compact JSON on one line
};

/// The most values (objects, arrays, strings, numbers, literals) parseJson() reads by default:
/// far above any bot, low enough that a hostile file cannot exhaust memory.
inline constexpr qint64 maxJsonValues = 2'000'000;

/// Parses UTF-8 JSON text. Errors carry line and column (1-based, in characters).
/// `maxDepth` bounds nesting so hostile input cannot exhaust the stack, `maxValues` the number
/// of values so it cannot exhaust memory.
Result<Json> parseJson(QByteArrayView utf8, int maxDepth = 512, qint64 maxValues = maxJsonValues);

/// Writes JSON text: with an indent, one member per line and `"key": value`, the layout CB
/// exports use; strings are UTF-8 with only the escapes JSON requires.
QByteArray writeJson(const Json &value, const JsonWriteOptions &options = {});

} // namespace dialogsmith::document
