#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace dialogsmith::document {

/// An error a user can cause (bad file, bad edit, bad URL...), carried as a value.
/// `location` names the place: a JSON path such as `conversationMessage[4].content`, or an id.
/// `line`/`column` are 1-based and set only for errors inside a text (JSON syntax, script lines).
struct Error
{
    QString message;
    QString location;
    int line = 0;
    int column = 0;

    /// "location: message" or "line L, column C: message", the sentence shown to users.
    QString toString() const
    {
        QString where = location;
        if (line > 0) {
            const QString lc = QStringLiteral("line %1, column %2").arg(line).arg(column);
            where = where.isEmpty() ? lc : where + QLatin1Char(' ') + lc;
        }
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

/// Either a value or an Error; the library never throws across its boundary.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace dialogsmith::document
