using AnimLib.Scenes.Mlp;
using MathNet.Numerics.LinearAlgebra;

namespace AnimLib.Scenes.Tests.Mlp;

public class VectorSpreadingOptimizerTests
{
    private static Matrix<double> RandomUnitRows(int rows, int dims, int seed)
    {
        var random = new Random(seed);
        var m = Matrix<double>.Build.Dense(rows, dims, (_, _) => random.NextDouble() * 2 - 1);
        return m.NormalizeRows(2);
    }

    [Fact]
    public void LossOfOrthonormalRowsIsZero()
    {
        Assert.Equal(0, VectorSpreadingOptimizer.Loss(Matrix<double>.Build.DenseIdentity(3)), 12);
        // Two equal unit vectors: D has off-diagonal 1s only → loss = 2·1⁶.
        var same = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 1, 0 } });
        Assert.Equal(2, VectorSpreadingOptimizer.Loss(same), 12);
    }

    [Fact]
    public void GradientMatchesFiniteDifferences()
    {
        var m = RandomUnitRows(5, 3, 1) * 1.1;
        var g = VectorSpreadingOptimizer.Gradient(m);
        const double h = 1e-6;
        for (int i = 0; i < m.RowCount; i++)
            for (int j = 0; j < m.ColumnCount; j++)
            {
                var plus = m.Clone(); plus[i, j] += h;
                var minus = m.Clone(); minus[i, j] -= h;
                double numeric = (VectorSpreadingOptimizer.Loss(plus) - VectorSpreadingOptimizer.Loss(minus)) / (2 * h);
                Assert.Equal(numeric, g[i, j], 5);
            }
    }

    [Fact]
    public void FirstAdamStepMovesEveryEntryByTheLearningRate()
    {
        // Bias correction makes Adam's first step lr·sign(g) for every entry with a non-zero gradient.
        var start = RandomUnitRows(4, 3, 2);
        var opt = new VectorSpreadingOptimizer(start, learningRate: 0.01);
        var g = VectorSpreadingOptimizer.Gradient(start);
        opt.Step();
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 3; j++)
                Assert.Equal(start[i, j] - 0.01 * Math.Sign(g[i, j]), opt.Vectors[i, j], 6);
    }

    [Fact]
    public void StepsDecreaseTheLossAndSpreadThreeVectorsToOrthogonal()
    {
        var opt = new VectorSpreadingOptimizer(RandomUnitRows(3, 3, 3), learningRate: 0.01);
        double initial = opt.CurrentLoss();
        for (int k = 0; k < 600; k++) opt.Step();
        double final = opt.CurrentLoss();
        Assert.True(final < initial * 1e-3, $"loss {initial} → {final}");
        var gram = opt.Vectors * opt.Vectors.Transpose();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(1, gram[i, i], 1);
            for (int j = i + 1; j < 3; j++)
                // The sixth power is flat near zero, so pairs end "almost" orthogonal: within about 10° of 90°.
                Assert.InRange(Math.Abs(gram[i, j]) / Math.Sqrt(gram[i, i] * gram[j, j]), 0, 0.18);
        }
    }

    [Fact]
    public void ManyVectorsInThreeDimensionsBecomeNearlyOrthogonal()
    {
        // More vectors than dimensions cannot be orthogonal; the sixth power spreads them so no pair stays close.
        var start = RandomUnitRows(8, 3, 4);
        var opt = new VectorSpreadingOptimizer(start, learningRate: 0.01);
        double initial = opt.CurrentLoss();
        double MaxCosine(Matrix<double> m)
        {
            var n = m.NormalizeRows(2);
            var gram = n * n.Transpose();
            double max = 0;
            for (int i = 0; i < m.RowCount; i++)
                for (int j = i + 1; j < m.RowCount; j++) max = Math.Max(max, Math.Abs(gram[i, j]));
            return max;
        }
        double before = MaxCosine(start);
        for (int k = 0; k < 800; k++) opt.Step();
        Assert.True(opt.CurrentLoss() < initial, $"loss {initial} → {opt.CurrentLoss()}");
        double after = MaxCosine(opt.Vectors);
        Assert.True(after < before, $"largest |cos| {before} → {after}");
        Assert.True(after < 0.75, $"largest |cos| {after}");
    }

    [Fact]
    public void RejectsBadArguments()
    {
        Assert.Throws<ArgumentException>(() => new VectorSpreadingOptimizer(Matrix<double>.Build.Dense(0, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VectorSpreadingOptimizer(Matrix<double>.Build.DenseIdentity(3), learningRate: 0));
    }
}
