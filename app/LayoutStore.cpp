#include "LayoutStore.h"

#include "ConsoleOptions.h"

#include <QCollator>
#include <QLocale>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace cop {

using namespace Qt::StringLiterals;

namespace {

// Console ids and layout names are the operator's text: '/' would open a settings group.
QString key(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString fromKey(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

} // namespace

LayoutStore::LayoutStore(const QString &settingsPath, const QString &consoleId, const QString &windowKind)
    : m_settingsPath(settingsPath)
    , m_root(u"layouts/"_s + key(consoleId))
    , m_current(m_root + u'/' + windowKind)
{
}

std::optional<WindowLayout> LayoutStore::current() const
{
    return read(m_current);
}

void LayoutStore::saveCurrent(const WindowLayout &layout) const
{
    write(m_current, layout);
}

QStringList LayoutStore::names() const
{
    const std::unique_ptr<QSettings> settings = openSettings(m_settingsPath);
    settings->beginGroup(m_root + u"/named"_s);
    QStringList names;
    for (const QString &group : settings->childGroups())
        names.append(fromKey(group));
    // The C locale collates by code point and ignores numeric mode: English rules then.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

std::optional<WindowLayout> LayoutStore::named(const QString &name) const
{
    return read(namedGroup(name));
}

void LayoutStore::saveNamed(const QString &name, const WindowLayout &layout) const
{
    write(namedGroup(name), layout);
}

void LayoutStore::removeNamed(const QString &name) const
{
    openSettings(m_settingsPath)->remove(namedGroup(name));
}

QString LayoutStore::namedGroup(const QString &name) const
{
    return m_root + u"/named/"_s + key(name);
}

std::optional<WindowLayout> LayoutStore::read(const QString &group) const
{
    const std::unique_ptr<QSettings> settings = openSettings(m_settingsPath);
    settings->beginGroup(group);
    if (!settings->contains(u"state"_s))
        return std::nullopt;
    WindowLayout layout;
    layout.geometry = settings->value(u"geometry"_s).toByteArray();
    layout.state = settings->value(u"state"_s).toByteArray();
    settings->beginGroup(u"mapWindow"_s);
    layout.mapWindow.open = settings->value(u"open"_s, false).toBool();
    layout.mapWindow.screen = settings->value(u"screen"_s).toString();
    layout.mapWindow.geometry = settings->value(u"geometry"_s).toRect();
    layout.mapWindow.fullScreen = settings->value(u"fullScreen"_s, false).toBool();
    return layout;
}

void LayoutStore::write(const QString &group, const WindowLayout &layout) const
{
    const std::unique_ptr<QSettings> settings = openSettings(m_settingsPath);
    settings->remove(group);
    settings->beginGroup(group);
    settings->setValue(u"geometry"_s, layout.geometry);
    settings->setValue(u"state"_s, layout.state);
    settings->beginGroup(u"mapWindow"_s);
    settings->setValue(u"open"_s, layout.mapWindow.open);
    settings->setValue(u"screen"_s, layout.mapWindow.screen);
    settings->setValue(u"geometry"_s, layout.mapWindow.geometry);
    settings->setValue(u"fullScreen"_s, layout.mapWindow.fullScreen);
}

} // namespace cop
