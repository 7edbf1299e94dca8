#pragma once

#include "fusion/StateEstimate.h"

namespace cop {

// Cholesky factor of a 6x6 symmetric positive definite matrix (a covariance or a sum of them).
// The association and fusion arithmetic factors thousands of these per batch, and Eigen's LLT
// runs its size-generic loops even on a fixed 6x6: these fixed loops cost a third as much.
class Cholesky6
{
public:
    explicit Cholesky6(const Matrix6d &a);

    // False where the matrix is not positive definite (or holds NaN): nothing else is valid then.
    bool ok() const { return m_ok; }
    // d^T A^-1 d, as the squared norm of L^-1 d.
    double quadraticForm(const Vector6d &d) const;
    // A^-1 = L^-T L^-1.
    Matrix6d inverse() const;

private:
    Matrix6d m_lower; // L, below and on the diagonal
    bool m_ok = true;
};

} // namespace cop
