namespace AnimLib.Core.Tests.Geometry;

public class RateFunctionTests
{
    public static TheoryData<string, Func<double, double>, double, double> Endpoints => new()
    {
        { "linear", RateFunctions.Linear, 0, 1 },
        { "smooth", RateFunctions.Smooth, 0, 1 },
        { "rush_into", RateFunctions.RushInto, 0, 1 },
        { "rush_from", RateFunctions.RushFrom, 0, 1 },
        { "double_smooth", RateFunctions.DoubleSmooth, 0, 1 },
        { "there_and_back", RateFunctions.ThereAndBack, 0, 0 },
        { "there_and_back_with_pause", t => RateFunctions.ThereAndBackWithPause(t), 0, 0 },
        { "wiggle", t => RateFunctions.Wiggle(t), 0, 0 },
        { "lingering", RateFunctions.Lingering, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void EndpointsAreRight(string name, Func<double, double> f, double at0, double at1)
    {
        Assert.True(Math.Abs(f(0) - at0) < 1e-9, $"{name}(0) = {f(0)}");
        Assert.True(Math.Abs(f(1) - at1) < 1e-9, $"{name}(1) = {f(1)}");
    }

    [Fact]
    public void KnownValues()
    {
        Assert.Equal(0.5, RateFunctions.Smooth(0.5), 12);
        Assert.Equal(6 * Math.Pow(0.25, 5) - 15 * Math.Pow(0.25, 4) + 10 * Math.Pow(0.25, 3), RateFunctions.Smooth(0.25), 12);
        Assert.Equal(1.0, RateFunctions.ThereAndBack(0.5), 12);
        Assert.Equal(0.5, RateFunctions.DoubleSmooth(0.5), 12);
        Assert.Equal(2 * RateFunctions.Smooth(0.25), RateFunctions.RushInto(0.5), 12);
        Assert.Equal(1.0, RateFunctions.ThereAndBackWithPause(0.5), 12);
        Assert.Equal(1.0, RateFunctions.Lingering(0.9), 12);
        Assert.Equal(0.5, RateFunctions.Lingering(0.4), 12);
        var squished = RateFunctions.Squish(RateFunctions.Linear, 0.2, 0.6);
        Assert.Equal(0.0, squished(0.1));
        Assert.Equal(0.5, squished(0.4), 12);
        Assert.Equal(1.0, squished(0.9));
        Assert.Equal(RateFunctions.ThereAndBack(0.25) * Math.Sin(9 * Math.PI * 0.25), RateFunctions.WiggleWith(9)(0.25), 12);
    }

    [Fact]
    public void SmoothIsMonotonic()
    {
        double prev = 0;
        for (int i = 1; i <= 100; i++)
        {
            double v = RateFunctions.Smooth(i / 100.0);
            Assert.True(v >= prev);
            prev = v;
        }
    }
}
