#pragma once

#include "interaction.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace dialogsmith::ui {

/// Families of interaction types; the canvas, explorer and inspector colour them the same way.
enum class InteractionCategory { Starter, Statement, Question, Integration, Transfer, Other };

InteractionCategory interactionCategory(document::InteractionType type);

/// The accent colour of a category, tuned for light or dark `palette`.
QColor interactionCategoryColor(InteractionCategory category, const QPalette &palette);
inline QColor interactionTypeColor(document::InteractionType type, const QPalette &palette)
{
    return interactionCategoryColor(interactionCategory(type), palette);
}

/// The resource of `type`'s icon (":/studio/types/text.svg").
QString interactionTypeIconPath(document::InteractionType type);

/// A scalable icon for `type` (single-colour SVG) drawn in the application palette's text colour,
/// highlighted text when selected and the disabled text colour when disabled, so it reads on
/// light and dark palettes alike.
QIcon interactionTypeIcon(document::InteractionType type);
/// The same icon in one fixed colour (category accents on the canvas).
QIcon interactionTypeIcon(document::InteractionType type, const QColor &color);

/// A studio icon from resources/studio/icons/<name>.svg ("new", "open", "save", "undo", "redo",
/// "find", "dialog", "fallback", "integration", "environment", "bot", "problems"), single-colour
/// and recoloured like the type icons, sharp at any size.
QIcon studioIcon(const QString &name);

/// Renders the icon of `type` in `color` into a pixmap of `logicalSize` at `devicePixelRatio`.
/// Cached; cheap to call from paint code.
QPixmap interactionTypePixmap(document::InteractionType type, int logicalSize, const QColor &color,
                              qreal devicePixelRatio = 1.0);

/// Whether the build rendered the icon at `resourcePath` (":/studio/types/text.svg") at
/// `pixels`×`pixels` (cmake/DialogsmithIconMasks.cmake). Those sizes are tinted from the build's
/// mask when first painted; others are rendered from the SVG.
bool iconIsPrerendered(const QString &resourcePath, int pixels);

} // namespace dialogsmith::ui
