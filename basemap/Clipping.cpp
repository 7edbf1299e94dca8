#include "Clipping.h"

#include <array>

namespace cop::basemap {

namespace {

QPointF atX(QPointF a, QPointF b, double x)
{
    return {x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x())};
}

QPointF atY(QPointF a, QPointF b, double y)
{
    return {a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y};
}

// Liang-Barsky: the part of segment a-b inside rect, if any.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &rect)
{
    double t0 = 0.0, t1 = 1.0;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const std::array<double, 4> p{-dx, dx, -dy, dy};
    const std::array<double, 4> q{a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                                  rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * t0;
    b = start + QPointF(dx, dy) * t1;
    return true;
}

} // namespace

std::vector<QPointF> clipRing(const std::vector<QPointF> &ring, const QRectF &rect)
{
    enum Side { Left, Right, Top, Bottom };
    auto inside = [&rect](Side side, QPointF p) {
        switch (side) {
        case Left: return p.x() >= rect.left();
        case Right: return p.x() <= rect.right();
        case Top: return p.y() >= rect.top();
        case Bottom: return p.y() <= rect.bottom();
        }
        return false;
    };
    auto cross = [&rect](Side side, QPointF a, QPointF b) {
        switch (side) {
        case Left: return atX(a, b, rect.left());
        case Right: return atX(a, b, rect.right());
        case Top: return atY(a, b, rect.top());
        case Bottom: return atY(a, b, rect.bottom());
        }
        return a;
    };
    std::vector<QPointF> input = ring, output;
    for (Side side : {Left, Right, Top, Bottom}) {
        output.clear();
        for (size_t i = 0; i < input.size(); ++i) {
            const QPointF current = input[i];
            const QPointF previous = input[(i + input.size() - 1) % input.size()];
            const bool in = inside(side, current), wasIn = inside(side, previous);
            if (in != wasIn)
                output.push_back(cross(side, previous, current));
            if (in)
                output.push_back(current);
        }
        input.swap(output);
        if (input.empty())
            break;
    }
    return input;
}

void clipLine(const std::vector<QPointF> &line, const QRectF &rect, std::vector<std::vector<QPointF>> *out)
{
    std::vector<QPointF> run;
    for (size_t i = 1; i < line.size(); ++i) {
        QPointF a = line[i - 1], b = line[i];
        if (!clipSegment(a, b, rect)) {
            if (run.size() > 1)
                out->push_back(std::move(run));
            run.clear();
            continue;
        }
        if (run.empty() || run.back() != a) {
            if (run.size() > 1)
                out->push_back(std::move(run));
            run.clear();
            run.push_back(a);
        }
        run.push_back(b);
    }
    if (run.size() > 1)
        out->push_back(std::move(run));
}

} // namespace cop::basemap
