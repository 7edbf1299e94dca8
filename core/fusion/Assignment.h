#pragma once

#include <Eigen/Core>

#include <vector>

namespace cop {

// Minimum-cost assignment of rows to columns (Hungarian method, O(n^2 m)). Entries at or above
// `forbidden` are pairs outside the gate: they are never assigned. Returns, per row, its column
// or -1. Meant for the small clusters that gating leaves, not for a whole picture at once.
std::vector<int> solveAssignment(const Eigen::MatrixXd &cost, double forbidden);

} // namespace cop
