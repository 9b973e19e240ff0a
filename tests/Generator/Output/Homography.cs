namespace DocArchive.Generator.Output;

/// <summary>A plane projective map (3 × 3, the last entry 1): where a point of a photo lies on the photographed page.</summary>
internal sealed class Homography(double[] h)
{
    /// <summary>The map that takes each of four <paramref name="from"/> points to the <paramref name="to"/> point of the same index.</summary>
    public static Homography Between(IReadOnlyList<(double X, double Y)> from, IReadOnlyList<(double X, double Y)> to)
    {
        var a = new double[8, 9];
        for (var i = 0; i < 4; i++)
        {
            var (x, y) = from[i];
            var (u, v) = to[i];
            double[] rowU = [x, y, 1, 0, 0, 0, -u * x, -u * y, u];
            double[] rowV = [0, 0, 0, x, y, 1, -v * x, -v * y, v];
            for (var j = 0; j < 9; j++)
            {
                a[2 * i, j] = rowU[j];
                a[(2 * i) + 1, j] = rowV[j];
            }
        }

        return new Homography(Solve(a));
    }

    public (double U, double V) Map(double x, double y)
    {
        var w = (h[6] * x) + (h[7] * y) + 1;
        return (((h[0] * x) + (h[1] * y) + h[2]) / w, ((h[3] * x) + (h[4] * y) + h[5]) / w);
    }

    /// <summary>Gaussian elimination with partial pivoting on the augmented 8 × 9 system.</summary>
    private static double[] Solve(double[,] a)
    {
        const int n = 8;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var j = 0; j <= n; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }

            for (var row = 0; row < n; row++)
            {
                if (row == col)
                {
                    continue;
                }

                var factor = a[row, col] / a[col, col];
                for (var j = col; j <= n; j++)
                {
                    a[row, j] -= factor * a[col, j];
                }
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => a[i, n] / a[i, i])];
    }
}
