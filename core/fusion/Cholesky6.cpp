#include "fusion/Cholesky6.h"

#include <cmath>

namespace cop {

Cholesky6::Cholesky6(const Matrix6d &a)
    : m_lower(a)
{
    for (int j = 0; j < 6; ++j) {
        double diagonal = m_lower(j, j);
        for (int k = 0; k < j; ++k)
            diagonal -= m_lower(j, k) * m_lower(j, k);
        if (!(diagonal > 0.0)) {
            m_ok = false;
            return;
        }
        m_lower(j, j) = std::sqrt(diagonal);
        for (int i = j + 1; i < 6; ++i) {
            double sum = m_lower(i, j);
            for (int k = 0; k < j; ++k)
                sum -= m_lower(i, k) * m_lower(j, k);
            m_lower(i, j) = sum / m_lower(j, j);
        }
    }
}

double Cholesky6::quadraticForm(const Vector6d &d) const
{
    // Forward substitution: y = L^-1 d.
    Vector6d y;
    for (int i = 0; i < 6; ++i) {
        double sum = d(i);
        for (int k = 0; k < i; ++k)
            sum -= m_lower(i, k) * y(k);
        y(i) = sum / m_lower(i, i);
    }
    return y.squaredNorm();
}

Matrix6d Cholesky6::inverse() const
{
    // L^-1, lower triangular, column by column.
    Matrix6d lowerInverse = Matrix6d::Zero();
    for (int j = 0; j < 6; ++j) {
        lowerInverse(j, j) = 1.0 / m_lower(j, j);
        for (int i = j + 1; i < 6; ++i) {
            double sum = 0.0;
            for (int k = j; k < i; ++k)
                sum -= m_lower(i, k) * lowerInverse(k, j);
            lowerInverse(i, j) = sum / m_lower(i, i);
        }
    }
    // (L^-T L^-1)(i, j) sums over k >= max(i, j), where both factors are non-zero.
    Matrix6d out;
    for (int i = 0; i < 6; ++i) {
        for (int j = 0; j <= i; ++j) {
            double sum = 0.0;
            for (int k = i; k < 6; ++k)
                sum += lowerInverse(k, i) * lowerInverse(k, j);
            out(i, j) = sum;
            out(j, i) = sum;
        }
    }
    return out;
}

} // namespace cop
