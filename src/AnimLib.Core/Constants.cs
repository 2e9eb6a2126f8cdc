namespace AnimLib;

/// <summary>Global constants of the scene coordinate system, in scene units (the frame is 8 units tall).</summary>
public static class Constants
{
    /// <summary>Height of the default camera frame in scene units.</summary>
    public const double FrameHeight = 8.0;

    /// <summary>Width of the default 16:9 camera frame in scene units.</summary>
    public const double FrameWidth = FrameHeight * 16.0 / 9.0;

    /// <summary>Half the default frame width.</summary>
    public const double FrameXRadius = FrameWidth / 2;

    /// <summary>Half the frame height.</summary>
    public const double FrameYRadius = FrameHeight / 2;

    /// <summary>0.1 units.</summary>
    public const double SmallBuff = 0.1;

    /// <summary>0.25 units.</summary>
    public const double MedSmallBuff = 0.25;

    /// <summary>0.5 units.</summary>
    public const double MedLargeBuff = 0.5;

    /// <summary>1 unit.</summary>
    public const double LargeBuff = 1.0;

    /// <summary>Default gap of <c>NextTo</c> and <c>Arrange</c>.</summary>
    public const double DefaultMobjectToMobjectBuffer = MedSmallBuff;

    /// <summary>Default margin of <c>ToEdge</c> and <c>ToCorner</c>.</summary>
    public const double DefaultMobjectToEdgeBuffer = MedLargeBuff;

    /// <summary>Default stroke width (one unit is 1/100 of a scene unit at the default zoom).</summary>
    public const double DefaultStrokeWidth = 4.0;

    /// <summary>π.</summary>
    public const double Pi = Math.PI;

    /// <summary>τ = 2π.</summary>
    public const double Tau = 2 * Math.PI;

    /// <summary>Radians per degree; write angles as <c>30 * Degrees</c>.</summary>
    public const double Degrees = Tau / 360.0;
}
