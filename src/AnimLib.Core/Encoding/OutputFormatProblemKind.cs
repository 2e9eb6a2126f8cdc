namespace AnimLib.Encoding;

/// <summary>Why an <see cref="OutputFormat"/> cannot encode the frames it is given.</summary>
public enum OutputFormatProblemKind
{
    /// <summary>A transparent background was asked of a format without an alpha channel.</summary>
    NoAlphaChannel,

    /// <summary>The format's pixel format halves the colour resolution both ways and the width or height is odd.</summary>
    OddFrameSize,
}
