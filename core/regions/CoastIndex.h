#pragma once

#include <vector>

namespace cop::regions {

// Coast points with a label each (whose coast it is), for "which coast is nearest and how far"
// on the sphere: a k-d tree over unit vectors, where the nearest by chord is the nearest by arc.
class CoastIndex
{
public:
    struct Point
    {
        double latDeg = 0.0;
        double lonDeg = 0.0;
        int label = 0;
    };
    struct Nearest
    {
        int label = -1;
        double distanceM = 0.0; // great circle on a sphere of the Earth's mean radius
    };

    explicit CoastIndex(const std::vector<Point> &points);
    // Label -1 when no point lies within withinM: a bound keeps the search short.
    Nearest nearest(double latDeg, double lonDeg, double withinM) const;

private:
    struct Node
    {
        double x[3];
        int label;
    };
    void build(size_t begin, size_t end, int depth);
    void search(size_t begin, size_t end, int depth, const double (&q)[3], double &best, int &label) const;

    std::vector<Node> m_nodes; // implicit tree: each range's median is its root
};

} // namespace cop::regions
