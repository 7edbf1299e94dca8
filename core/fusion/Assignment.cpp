#include "fusion/Assignment.h"

#include <limits>

namespace cop {

namespace {

// Rows <= columns; classic potentials formulation with 1-based padding.
std::vector<int> hungarian(const Eigen::MatrixXd &a)
{
    const int n = int(a.rows());
    const int m = int(a.cols());
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0.0), v(m + 1, 0.0), minv(m + 1);
    std::vector<int> p(m + 1, 0), way(m + 1, 0);
    std::vector<char> used(m + 1);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::fill(minv.begin(), minv.end(), inf);
        std::fill(used.begin(), used.end(), 0);
        do {
            used[j0] = 1;
            const int i0 = p[j0];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[j])
                    continue;
                const double cur = a(i0 - 1, j - 1) - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const int j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0);
    }
    std::vector<int> rowToCol(n, -1);
    for (int j = 1; j <= m; ++j) {
        if (p[j] != 0)
            rowToCol[p[j] - 1] = j - 1;
    }
    return rowToCol;
}

} // namespace

std::vector<int> solveAssignment(const Eigen::MatrixXd &cost, double forbidden)
{
    const int rows = int(cost.rows());
    const int cols = int(cost.cols());
    // Every row may also stay unassigned at the price of the gate: one dummy column per row.
    Eigen::MatrixXd padded = Eigen::MatrixXd::Constant(rows, cols + rows, 4.0 * forbidden);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c)
            padded(r, c) = cost(r, c) >= forbidden ? 4.0 * forbidden : cost(r, c);
        padded(r, cols + r) = forbidden;
    }
    std::vector<int> assigned = hungarian(padded);
    for (int &c : assigned) {
        if (c >= cols)
            c = -1;
    }
    for (int r = 0; r < rows; ++r) {
        if (assigned[r] >= 0 && cost(r, assigned[r]) >= forbidden)
            assigned[r] = -1;
    }
    return assigned;
}

} // namespace cop
