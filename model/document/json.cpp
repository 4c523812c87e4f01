#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>

namespace dialogsmith::document {

namespace {
/// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dialogsmith::document::Json)
};
} // namespace

namespace {

const Json &nullJson()
{
    static const Json null;
    return null;
}

const QString &emptyString()
{
    static const QString empty;
    return empty;
}

} // namespace

Json::Json(double value)
    : m_type(Type::Number)
{
    if (!std::isfinite(value)) {
        // JSON has no NaN or infinity; write null rather than invalid text.
        m_type = Type::Null;
        return;
    }
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        m_text = QString::number(static_cast<qint64>(value));
    else
        m_text = QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Json::Json(const QStringList &strings)
    : m_type(Type::Array)
    , m_d(new JsonContainer)
{
    m_d->members.reserve(size_t(strings.size()));
    for (const QString &s : strings)
        m_d->members.push_back({QString(), Json(s)});
}

Json Json::array()
{
    Json j;
    j.m_type = Type::Array;
    j.m_d = new JsonContainer;
    return j;
}

Json Json::object()
{
    Json j;
    j.m_type = Type::Object;
    j.m_d = new JsonContainer;
    return j;
}

Json Json::numberLiteral(const QString &literal)
{
    Json j;
    j.m_type = Type::Number;
    j.m_text = literal;
    return j;
}

QString Json::typeDescription() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return Text::tr("a boolean");
    case Type::Number:
        return Text::tr("a number");
    case Type::String:
        return Text::tr("a string");
    case Type::Array:
        return Text::tr("an array");
    case Type::Object:
        return Text::tr("an object");
    }
    return {};
}

double Json::toDouble(double fallback) const
{
    if (m_type == Type::Number)
        return m_text.toDouble();
    if (m_type == Type::String) {
        bool ok = false;
        const double d = m_text.trimmed().toDouble(&ok);
        return ok ? d : fallback;
    }
    return fallback;
}

int Json::toInt(int fallback) const
{
    if (m_type != Type::Number && m_type != Type::String)
        return fallback;
    bool ok = false;
    const int i = m_text.trimmed().toInt(&ok);
    if (ok)
        return i;
    const double d = toDouble(std::nan(""));
    if (std::isnan(d) || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return fallback;
    return static_cast<int>(d);
}

QString Json::toString(const QString &fallback) const
{
    switch (m_type) {
    case Type::String:
    case Type::Number:
        return m_text;
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return fallback;
    }
}

QStringList Json::toStringList() const
{
    QStringList out;
    if (m_type != Type::Array)
        return out;
    out.reserve(size());
    for (const JsonMember &m : m_d->members) {
        if (m.value.isString())
            out.append(m.value.m_text);
    }
    return out;
}

qsizetype Json::size() const
{
    return (m_type == Type::Array || m_type == Type::Object) ? qsizetype(m_d->members.size()) : 0;
}

const Json &Json::at(qsizetype index) const
{
    if (m_type != Type::Array || index < 0 || index >= qsizetype(m_d->members.size()))
        return nullJson();
    return m_d->members[size_t(index)].value;
}

Json &Json::operator[](qsizetype index)
{
    Q_ASSERT(m_type == Type::Array && index >= 0 && index < size());
    return m_d->members[size_t(index)].value;
}

void Json::append(const Json &value)
{
    if (m_type != Type::Array)
        *this = array();
    m_d->members.push_back({QString(), value});
}

void Json::insert(qsizetype index, const Json &value)
{
    if (m_type != Type::Array)
        *this = array();
    index = std::clamp<qsizetype>(index, 0, size());
    m_d->members.insert(m_d->members.begin() + index, {QString(), value});
}

void Json::removeAt(qsizetype index)
{
    if (m_type != Type::Array || index < 0 || index >= size())
        return;
    m_d->members.erase(m_d->members.begin() + index);
}

qsizetype Json::indexOf(const QString &key) const
{
    if (m_type != Type::Object)
        return -1;
    const auto &members = m_d->members;
    for (qsizetype i = qsizetype(members.size()) - 1; i >= 0; --i) {
        if (members[size_t(i)].key == key)
            return i;
    }
    return -1;
}

const Json &Json::value(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullJson() : m_d->members[size_t(i)].value;
}

void Json::set(const QString &key, const Json &value)
{
    if (m_type != Type::Object)
        *this = object();
    const qsizetype i = indexOf(key);
    if (i >= 0) {
        m_d->members[size_t(i)].value = value;
        return;
    }
    m_d->members.push_back({key, value});
}

void Json::set(const QString &key, const Json &value, const QStringList &order)
{
    if (m_type != Type::Object)
        *this = object();
    if (const qsizetype i = indexOf(key); i >= 0) {
        m_d->members[size_t(i)].value = value;
        return;
    }
    // Insert after the nearest key that comes before `key` in the canonical order.
    qsizetype insertAt = 0;
    const qsizetype rank = order.indexOf(key);
    if (rank < 0) {
        insertAt = size();
    } else {
        for (qsizetype r = rank - 1; r >= 0; --r) {
            const qsizetype at = indexOf(order.at(r));
            if (at >= 0) {
                insertAt = at + 1;
                break;
            }
        }
    }
    m_d->members.insert(m_d->members.begin() + insertAt, {key, value});
}

void Json::remove(const QString &key)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return;
    m_d->members.erase(m_d->members.begin() + i);
}

const QString &Json::keyAt(qsizetype index) const
{
    if (m_type != Type::Object || index < 0 || index >= size())
        return emptyString();
    return m_d->members[size_t(index)].key;
}

const Json &Json::valueAt(qsizetype index) const
{
    if (m_type != Type::Object || index < 0 || index >= size())
        return nullJson();
    return m_d->members[size_t(index)].value;
}

Json &Json::valueAt(qsizetype index)
{
    Q_ASSERT(m_type == Type::Object && index >= 0 && index < size());
    return m_d->members[size_t(index)].value;
}

QStringList Json::keys() const
{
    QStringList out;
    if (m_type != Type::Object)
        return out;
    out.reserve(size());
    for (const JsonMember &m : m_d->members)
        out.append(m.key);
    return out;
}

bool Json::operator==(const Json &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_text == other.m_text || m_text.toDouble() == other.m_text.toDouble();
    case Type::String:
        return m_text == other.m_text;
    case Type::Array:
    case Type::Object:
        if (m_d == other.m_d)
            return true;
        return m_d->members == other.m_d->members;
    }
    return false;
}

QJsonValue Json::toQJsonValue() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Number: {
        bool ok = false;
        const qint64 i = m_text.toLongLong(&ok);
        return ok ? QJsonValue(i) : QJsonValue(m_text.toDouble());
    }
    case Type::String:
        return m_text;
    case Type::Array: {
        QJsonArray a;
        for (const JsonMember &m : m_d->members)
            a.append(m.value.toQJsonValue());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const JsonMember &m : m_d->members)
            o.insert(m.key, m.value.toQJsonValue());
        return o;
    }
    }
    return {};
}

Json Json::fromQJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Json(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d)
            return Json(i);
        return Json(d);
    }
    case QJsonValue::String:
        return Json(value.toString());
    case QJsonValue::Array: {
        Json a = array();
        for (const QJsonValue &v : value.toArray())
            a.append(fromQJsonValue(v));
        return a;
    }
    case QJsonValue::Object: {
        Json o = object();
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.set(it.key(), fromQJsonValue(it.value()));
        return o;
    }
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------
// Parser

namespace {

/// A string's text from its UTF-8 bytes. QString::fromUtf8() drops a byte order mark at the
/// start, but in a string value U+FEFF is a character like any other and must be kept.
QString textFromUtf8(const char *utf8, qsizetype length)
{
    if (length >= 3 && std::memcmp(utf8, "\xEF\xBB\xBF", 3) == 0) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return decoder.decode(QByteArrayView(utf8, length));
    }
    return QString::fromUtf8(utf8, length);
}

class Parser
{
public:
    Parser(QByteArrayView text, int maxDepth, qint64 maxValues)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_maxDepth(maxDepth)
        , m_maxValues(maxValues)
    {}

    Result<Json> run()
    {
        if (const char *bad = firstInvalidUtf8())
            return errorAt(bad, Text::tr("the file is not valid UTF-8 text"));
        // A UTF-8 byte order mark is allowed (some editors write one).
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p == m_end)
            return errorAt(m_p, Text::tr("the file is empty"));
        Json root;
        if (!parseValue(root, 0))
            return m_error;
        skipSpace();
        if (m_p != m_end)
            return errorAt(m_p, Text::tr("unexpected text after the end of the JSON value"));
        return root;
    }

private:
    const char *firstInvalidUtf8() const
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_begin);
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        while (p < end) {
            // ASCII fast path, 8 bytes at a time.
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                p += 8;
            }
            if (p >= end)
                break;
            const unsigned char c = *p;
            if (c < 0x80) {
                ++p;
                continue;
            }
            int extra = 0;
            quint32 cp = 0;
            if ((c & 0xE0) == 0xC0) {
                extra = 1;
                cp = c & 0x1F;
            } else if ((c & 0xF0) == 0xE0) {
                extra = 2;
                cp = c & 0x0F;
            } else if ((c & 0xF8) == 0xF0) {
                extra = 3;
                cp = c & 0x07;
            } else {
                return reinterpret_cast<const char *>(p);
            }
            if (end - p <= extra)
                return reinterpret_cast<const char *>(p);
            for (int i = 1; i <= extra; ++i) {
                if ((p[i] & 0xC0) != 0x80)
                    return reinterpret_cast<const char *>(p);
                cp = (cp << 6) | (p[i] & 0x3F);
            }
            static constexpr quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
            if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return reinterpret_cast<const char *>(p);
            p += extra + 1;
        }
        return nullptr;
    }

    Error errorAt(const char *where, const QString &message) const
    {
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *c = m_begin; c < where; ++c) {
            if (*c == '\n') {
                ++line;
                lineStart = c + 1;
            }
        }
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        int column = 1;
        for (const char *c = lineStart; c < where; ++c) {
            if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80)
                ++column;
        }
        Error e;
        e.message = message;
        e.line = line;
        e.column = column;
        return e;
    }

    bool fail(const char *where, const QString &message)
    {
        m_error = errorAt(where, message);
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    QString describeHere() const
    {
        if (m_p >= m_end)
            return Text::tr("the end of the file");
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c >= 0x20 && c < 0x7F)
            return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        return Text::tr("character 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    }

    bool parseValue(Json &out, int depth)
    {
        if (m_p >= m_end)
            return fail(m_p, Text::tr("unexpected end of file, expected a value"));
        if (++m_values > m_maxValues)
            return fail(m_p, Text::tr("more than %1 values: too many for a bot").arg(m_maxValues));
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = Json(s);
            return true;
        }
        case 't':
            return parseLiteral("true", Json(true), out);
        case 'f':
            return parseLiteral("false", Json(false), out);
        case 'n':
            return parseLiteral("null", Json(), out);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return fail(m_p, Text::tr("expected a value but found %1").arg(describeHere()));
        }
    }

    bool parseLiteral(const char *word, const Json &value, Json &out)
    {
        const size_t len = std::strlen(word);
        if (size_t(m_end - m_p) < len || std::memcmp(m_p, word, len) != 0)
            return fail(m_p, Text::tr("expected a value but found %1").arg(describeHere()));
        m_p += len;
        out = value;
        return true;
    }

    bool parseNumber(Json &out)
    {
        const char *start = m_p;
        auto digits = [this] {
            const char *s = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p - s;
        };
        if (*m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else if (digits() == 0) {
            return fail(start, Text::tr("invalid number"));
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (digits() == 0)
                return fail(m_p, Text::tr("invalid number: expected a digit after '.'"));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (digits() == 0)
                return fail(m_p, Text::tr("invalid number: expected a digit in the exponent"));
        }
        out = Json::numberLiteral(QString::fromLatin1(start, m_p - start));
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(quint32 &out)
    {
        if (m_end - m_p < 4)
            return fail(m_p, Text::tr("incomplete \\u escape in a string"));
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return fail(m_p + i, Text::tr("invalid \\u escape in a string"));
            out = (out << 4) | quint32(h);
        }
        m_p += 4;
        return true;
    }

    bool parseString(QString &out)
    {
        const char *open = m_p;
        ++m_p; // opening quote
        const char *start = m_p;
        // Fast path: no escapes.
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out = intern(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c == '\\')
                break;
            if (c < 0x20)
                return fail(m_p, Text::tr("control character inside a string "
                                          "(line breaks must be written as \\n)"));
            ++m_p;
        }
        if (m_p >= m_end)
            return fail(open, Text::tr("unterminated string"));

        QByteArray buffer(start, m_p - start);
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out = textFromUtf8(buffer.constData(), buffer.size());
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail(m_p, Text::tr("control character inside a string "
                                          "(line breaks must be written as \\n)"));
            if (c != '\\') {
                buffer.append(char(c));
                ++m_p;
                continue;
            }
            const char *escape = m_p;
            ++m_p;
            if (m_p >= m_end)
                break;
            switch (*m_p++) {
            case '"':
                buffer.append('"');
                break;
            case '\\':
                buffer.append('\\');
                break;
            case '/':
                buffer.append('/');
                break;
            case 'b':
                buffer.append('\b');
                break;
            case 'f':
                buffer.append('\f');
                break;
            case 'n':
                buffer.append('\n');
                break;
            case 'r':
                buffer.append('\r');
                break;
            case 't':
                buffer.append('\t');
                break;
            case 'u': {
                quint32 cp = 0;
                if (!parseHex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\'
                    && m_p[1] == 'u') {
                    const char *save = m_p;
                    m_p += 2;
                    quint32 low = 0;
                    if (!parseHex4(low))
                        return false;
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_p = save;
                }
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    cp = 0xFFFD; // a lone surrogate cannot be represented in UTF-8
                appendUtf8(buffer, cp);
                break;
            }
            default:
                return fail(escape, Text::tr("invalid escape sequence in a string"));
            }
        }
        return fail(open, Text::tr("unterminated string"));
    }

    static void appendUtf8(QByteArray &buffer, quint32 cp)
    {
        if (cp < 0x80) {
            buffer.append(char(cp));
        } else if (cp < 0x800) {
            buffer.append(char(0xC0 | (cp >> 6)));
            buffer.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            buffer.append(char(0xE0 | (cp >> 12)));
            buffer.append(char(0x80 | ((cp >> 6) & 0x3F)));
            buffer.append(char(0x80 | (cp & 0x3F)));
        } else {
            buffer.append(char(0xF0 | (cp >> 18)));
            buffer.append(char(0x80 | ((cp >> 12) & 0x3F)));
            buffer.append(char(0x80 | ((cp >> 6) & 0x3F)));
            buffer.append(char(0x80 | (cp & 0x3F)));
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_maxDepth)
            return fail(m_p, Text::tr("nesting deeper than %1 levels").arg(m_maxDepth));
        return true;
    }

    bool parseArray(Json &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        const char *open = m_p;
        ++m_p;
        out = Json::array();
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        // Items collect on a scratch stack and move into the array once, at their final size.
        const size_t base = m_scratch.size();
        while (true) {
            skipSpace();
            Json item;
            if (!parseValue(item, depth))
                return false;
            m_scratch.push_back({QString(), std::move(item)});
            skipSpace();
            if (m_p >= m_end)
                return fail(open, Text::tr("unterminated array (missing ']')"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                break;
            }
            return fail(
                    m_p,
                    Text::tr("expected ',' or ']' in an array but found %1").arg(describeHere()));
        }
        adopt(out, base);
        return true;
    }

    bool parseObject(Json &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        const char *open = m_p;
        ++m_p;
        out = Json::object();
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        const size_t base = m_scratch.size();
        while (true) {
            skipSpace();
            if (m_p >= m_end)
                return fail(open, Text::tr("unterminated object (missing '}')"));
            if (*m_p != '"')
                return fail(m_p, Text::tr("expected a member name in quotes but found %1")
                                         .arg(describeHere()));
            QString key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail(m_p, Text::tr("expected ':' after the member name \"%1\"").arg(key));
            ++m_p;
            skipSpace();
            Json value;
            if (!parseValue(value, depth))
                return false;
            m_scratch.push_back({std::move(key), std::move(value)});
            skipSpace();
            if (m_p >= m_end)
                return fail(open, Text::tr("unterminated object (missing '}')"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                adopt(out, base);
                return true;
            }
            return fail(
                    m_p,
                    Text::tr("expected ',' or '}' in an object but found %1").arg(describeHere()));
        }
    }

    /// Moves the scratch members from `base` on into `container`.
    void adopt(Json &container, size_t base);

    /// Short strings (member names, "ACTIVE", "next"...) repeat thousands of times in a bot:
    /// share one QString per distinct text instead of allocating each occurrence.
    QString intern(const char *utf8, qsizetype length)
    {
        if (length == 0)
            return QString();
        if (length > 32)
            return textFromUtf8(utf8, length);
        quint32 h = 2166136261u;
        for (qsizetype i = 0; i < length; ++i)
            h = (h ^ static_cast<unsigned char>(utf8[i])) * 16777619u;
        InternEntry &e = m_interned[h % m_interned.size()];
        if (e.utf8.size() != length || std::memcmp(e.utf8.constData(), utf8, size_t(length)) != 0) {
            e.utf8 = QByteArray(utf8, length);
            e.text = textFromUtf8(utf8, length);
        }
        return e.text;
    }

    struct InternEntry
    {
        QByteArray utf8;
        QString text;
    };

    std::vector<JsonMember> m_scratch;
    std::array<InternEntry, 1024> m_interned;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    qint64 m_maxValues;
    qint64 m_values = 0;
    Error m_error;
};

} // namespace

// The parser fills containers directly: without the duplicate-key look-up that Json::set() does
// (which would make parsing quadratic in the member count), at their final size.
class JsonBuilderAccess
{
public:
    static JsonContainer *container(Json &json) { return json.m_d.data(); }
};

void Parser::adopt(Json &container, size_t base)
{
    JsonContainer *d = JsonBuilderAccess::container(container);
    d->members.reserve(m_scratch.size() - base);
    std::move(m_scratch.begin() + qsizetype(base), m_scratch.end(), std::back_inserter(d->members));
    m_scratch.resize(base);
}

Result<Json> parseJson(QByteArrayView utf8, int maxDepth, qint64 maxValues)
{
    return Parser(utf8, maxDepth, maxValues).run();
}

// ---------------------------------------------------------------------------------------------
// Writer

namespace {

class Writer
{
public:
    explicit Writer(const JsonWriteOptions &options)
        : m_indent(options.indent)
    {}

    QByteArray take() { return std::move(m_out); }

    void write(const Json &v, int level)
    {
        switch (v.type()) {
        case Json::Type::Null:
            m_out.append("null", 4);
            return;
        case Json::Type::Bool:
            if (v.toBool())
                m_out.append("true", 4);
            else
                m_out.append("false", 5);
            return;
        case Json::Type::Number:
            m_out.append(v.numberText().toLatin1());
            return;
        case Json::Type::String:
            writeString(v.toString());
            return;
        case Json::Type::Array: {
            const qsizetype n = v.size();
            if (n == 0) {
                m_out.append("[]", 2);
                return;
            }
            m_out.append('[');
            for (qsizetype i = 0; i < n; ++i) {
                if (i > 0)
                    m_out.append(',');
                newline(level + 1);
                write(v.at(i), level + 1);
            }
            newline(level);
            m_out.append(']');
            return;
        }
        case Json::Type::Object: {
            const qsizetype n = v.size();
            if (n == 0) {
                m_out.append("{}", 2);
                return;
            }
            m_out.append('{');
            for (qsizetype i = 0; i < n; ++i) {
                if (i > 0)
                    m_out.append(',');
                newline(level + 1);
                writeString(v.keyAt(i));
                if (m_indent > 0)
                    m_out.append(": ", 2);
                else
                    m_out.append(':');
                write(v.valueAt(i), level + 1);
            }
            newline(level);
            m_out.append('}');
            return;
        }
        }
    }

private:
    void newline(int level)
    {
        if (m_indent <= 0)
            return;
        m_out.append('\n');
        m_out.append(qsizetype(level) * m_indent, ' ');
    }

    void writeString(const QString &s)
    {
        // Worst case: every UTF-16 unit becomes a 6-byte \u escape.
        const qsizetype start = m_out.size();
        m_out.resize(start + s.size() * 6 + 2);
        char *d = m_out.data() + start;
        *d++ = '"';
        const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *end = p + s.size();
        static const char hex[] = "0123456789abcdef";
        while (p < end) {
            char32_t c = *p++;
            if (c < 0x80) {
                switch (c) {
                case '"':
                    *d++ = '\\';
                    *d++ = '"';
                    break;
                case '\\':
                    *d++ = '\\';
                    *d++ = '\\';
                    break;
                case '\n':
                    *d++ = '\\';
                    *d++ = 'n';
                    break;
                case '\r':
                    *d++ = '\\';
                    *d++ = 'r';
                    break;
                case '\t':
                    *d++ = '\\';
                    *d++ = 't';
                    break;
                case '\b':
                    *d++ = '\\';
                    *d++ = 'b';
                    break;
                case '\f':
                    *d++ = '\\';
                    *d++ = 'f';
                    break;
                default:
                    if (c < 0x20) {
                        *d++ = '\\';
                        *d++ = 'u';
                        *d++ = '0';
                        *d++ = '0';
                        *d++ = hex[c >> 4];
                        *d++ = hex[c & 0xF];
                    } else {
                        *d++ = char(c);
                    }
                }
                continue;
            }
            if (c >= 0xD800 && c <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (*p++ - 0xDC00);
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                // A lone surrogate has no UTF-8 form; keep it as an escape.
                *d++ = '\\';
                *d++ = 'u';
                *d++ = hex[(c >> 12) & 0xF];
                *d++ = hex[(c >> 8) & 0xF];
                *d++ = hex[(c >> 4) & 0xF];
                *d++ = hex[c & 0xF];
                continue;
            }
            if (c < 0x800) {
                *d++ = char(0xC0 | (c >> 6));
                *d++ = char(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                *d++ = char(0xE0 | (c >> 12));
                *d++ = char(0x80 | ((c >> 6) & 0x3F));
                *d++ = char(0x80 | (c & 0x3F));
            } else {
                *d++ = char(0xF0 | (c >> 18));
                *d++ = char(0x80 | ((c >> 12) & 0x3F));
                *d++ = char(0x80 | ((c >> 6) & 0x3F));
                *d++ = char(0x80 | (c & 0x3F));
            }
        }
        *d++ = '"';
        m_out.resize(d - m_out.constData());
    }

    QByteArray m_out;
    int m_indent;
};

} // namespace

QByteArray writeJson(const Json &value, const JsonWriteOptions &options)
{
    Writer writer(options);
    writer.write(value, 0);
    return writer.take();
}

} // namespace dialogsmith::document
