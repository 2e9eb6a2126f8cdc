using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Transforms a mobject by a 2x2 or 3x3 matrix (given row by row) applied about the origin.</summary>
public class ApplyMatrix : ApplyPointwiseFunction
{
    /// <summary>Creates the animation.</summary>
    /// <exception cref="ArgumentException">The matrix is not 2x2 or 3x3.</exception>
    public ApplyMatrix(double[,] matrix, Mobject mobject) : base(ToFunction(matrix), mobject)
    {
    }

    private static Func<Vector3, Vector3> ToFunction(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int rows = matrix.GetLength(0), cols = matrix.GetLength(1);
        if (rows != cols || rows is < 2 or > 3)
            throw new ArgumentException($"ApplyMatrix takes a 2x2 or 3x3 matrix; got {rows}x{cols}.", nameof(matrix));
        var m = new double[3, 3] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                m[r, c] = matrix[r, c];
        return p => new Vector3(
            (float)(m[0, 0] * p.X + m[0, 1] * p.Y + m[0, 2] * p.Z),
            (float)(m[1, 0] * p.X + m[1, 1] * p.Y + m[1, 2] * p.Z),
            (float)(m[2, 0] * p.X + m[2, 1] * p.Y + m[2, 2] * p.Z));
    }
}
