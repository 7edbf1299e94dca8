#include "picture/ClassificationMarking.h"

#include <algorithm>

namespace cop {

MarkingLevel markingLevel(const QString &marking)
{
    const QString level = marking.section(QStringLiteral("//"), 0, 0).simplified().toUpper();
    if (level == u"UNCLASSIFIED" || level == u"U")
        return MarkingLevel::Unclassified;
    if (level == u"CONFIDENTIAL" || level == u"C")
        return MarkingLevel::Confidential;
    if (level == u"SECRET" || level == u"S")
        return MarkingLevel::Secret;
    if (level == u"TOP SECRET" || level == u"TS")
        return MarkingLevel::TopSecret;
    return MarkingLevel::Unknown;
}

bool contributesToPicture(const FeedStatus &feed)
{
    return feed.lastHeardUtcUs != 0 || !feed.marking.isEmpty();
}

GoverningMarking governingMarking(const QHash<QString, FeedStatus> &feeds)
{
    QStringList services = feeds.keys();
    std::sort(services.begin(), services.end());
    GoverningMarking governing;
    governing.level = MarkingLevel::Unclassified;
    for (const QString &service : std::as_const(services)) {
        const FeedStatus &feed = feeds[service];
        if (!contributesToPicture(feed))
            continue;
        governing.anyFeed = true;
        if (feed.marking.isEmpty()) {
            governing.unmarked.append(service);
            continue;
        }
        const MarkingLevel level = markingLevel(feed.marking);
        if (level > governing.level) {
            governing.level = level;
            governing.markings.clear();
        }
        if (level == governing.level && !governing.markings.contains(feed.marking))
            governing.markings.append(feed.marking);
    }
    if (!governing.unmarked.isEmpty()) {
        if (governing.level != MarkingLevel::Unknown)
            governing.markings.clear();
        governing.level = MarkingLevel::Unknown;
    }
    if (!governing.anyFeed)
        governing = {};
    return governing;
}

QString markingLine(const GoverningMarking &marking)
{
    if (!marking.anyFeed)
        return QStringLiteral("NO FEED: NO MARKING");
    QStringList parts = marking.markings;
    if (!marking.unmarked.isEmpty())
        parts.append(QStringLiteral("UNMARKED DATA FROM ") + marking.unmarked.join(u", "));
    return parts.join(u" | ");
}

} // namespace cop
