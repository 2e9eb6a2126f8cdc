namespace AnimLib.Core.Tests.Scenes;

/// <summary>Render settings outside what a render can hold are refused when they are made, not after hours of work.</summary>
public class SceneSettingsBoundsTests
{
    [Theory]
    [InlineData(1e300)]
    [InlineData(241)]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FrameRateOutsideOneTo240IsRefused(double fps)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SceneSettings(854, 480, fps));
        Assert.Equal("Fps", e.ParamName);
        Assert.Contains("1 to 240", e.Message);
        // A copy made with `with` goes through the same check.
        Assert.Throws<ArgumentOutOfRangeException>(() => new SceneSettings() with { Fps = fps });
    }

    [Theory]
    [InlineData(100000, 1080, "PixelWidth")]
    [InlineData(1920, 100000, "PixelHeight")]
    [InlineData(7681, 1080, "PixelWidth")]
    [InlineData(15, 1080, "PixelWidth")]
    [InlineData(1920, 2, "PixelHeight")]
    [InlineData(-4, 1080, "PixelWidth")]
    public void SizeOutside16To7680IsRefused(int width, int height, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SceneSettings(width, height, 30));
        Assert.Equal(param, e.ParamName);
        Assert.Contains("16 to 7680", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SceneSettings() with { PixelWidth = width, PixelHeight = height });
    }

    [Theory]
    [InlineData(16, 16, 1)]
    [InlineData(7680, 4320, 240)]
    [InlineData(854, 480, 23.976)]
    public void TheLimitsThemselvesAreAccepted(int width, int height, double fps)
    {
        var s = new SceneSettings(width, height, fps);
        Assert.Equal((width, height, fps), (s.PixelWidth, s.PixelHeight, s.Fps));
        Assert.Equal(s, new SceneSettings() with { PixelWidth = width, PixelHeight = height, Fps = fps });
    }
}
