using AnimLib.Geometry;

namespace AnimLib;

/// <summary>ManimGL's named colour palette (hex values as in ManimGL's constants).</summary>
public static class Palette
{
    /// <summary>BLUE_E = #1C758A.</summary>
    public static readonly Color BlueE = Color.FromBytes(0x1C, 0x75, 0x8A);
    /// <summary>BLUE_D = #29ABCA.</summary>
    public static readonly Color BlueD = Color.FromBytes(0x29, 0xAB, 0xCA);
    /// <summary>BLUE_C = #58C4DD.</summary>
    public static readonly Color BlueC = Color.FromBytes(0x58, 0xC4, 0xDD);
    /// <summary>BLUE_B = #9CDCEB.</summary>
    public static readonly Color BlueB = Color.FromBytes(0x9C, 0xDC, 0xEB);
    /// <summary>BLUE_A = #C7E9F1.</summary>
    public static readonly Color BlueA = Color.FromBytes(0xC7, 0xE9, 0xF1);
    /// <summary>TEAL_E = #49A88F.</summary>
    public static readonly Color TealE = Color.FromBytes(0x49, 0xA8, 0x8F);
    /// <summary>TEAL_D = #55C1A7.</summary>
    public static readonly Color TealD = Color.FromBytes(0x55, 0xC1, 0xA7);
    /// <summary>TEAL_C = #5CD0B3.</summary>
    public static readonly Color TealC = Color.FromBytes(0x5C, 0xD0, 0xB3);
    /// <summary>TEAL_B = #76DDC0.</summary>
    public static readonly Color TealB = Color.FromBytes(0x76, 0xDD, 0xC0);
    /// <summary>TEAL_A = #ACEAD7.</summary>
    public static readonly Color TealA = Color.FromBytes(0xAC, 0xEA, 0xD7);
    /// <summary>GREEN_E = #699C52.</summary>
    public static readonly Color GreenE = Color.FromBytes(0x69, 0x9C, 0x52);
    /// <summary>GREEN_D = #77B05D.</summary>
    public static readonly Color GreenD = Color.FromBytes(0x77, 0xB0, 0x5D);
    /// <summary>GREEN_C = #83C167.</summary>
    public static readonly Color GreenC = Color.FromBytes(0x83, 0xC1, 0x67);
    /// <summary>GREEN_B = #A6CF8C.</summary>
    public static readonly Color GreenB = Color.FromBytes(0xA6, 0xCF, 0x8C);
    /// <summary>GREEN_A = #C9E2AE.</summary>
    public static readonly Color GreenA = Color.FromBytes(0xC9, 0xE2, 0xAE);
    /// <summary>YELLOW_E = #E8C11C.</summary>
    public static readonly Color YellowE = Color.FromBytes(0xE8, 0xC1, 0x1C);
    /// <summary>YELLOW_D = #F4D345.</summary>
    public static readonly Color YellowD = Color.FromBytes(0xF4, 0xD3, 0x45);
    /// <summary>YELLOW_C = #FFFF00.</summary>
    public static readonly Color YellowC = Color.FromBytes(0xFF, 0xFF, 0x00);
    /// <summary>YELLOW_B = #FFEA94.</summary>
    public static readonly Color YellowB = Color.FromBytes(0xFF, 0xEA, 0x94);
    /// <summary>YELLOW_A = #FFF1B6.</summary>
    public static readonly Color YellowA = Color.FromBytes(0xFF, 0xF1, 0xB6);
    /// <summary>GOLD_E = #C78D46.</summary>
    public static readonly Color GoldE = Color.FromBytes(0xC7, 0x8D, 0x46);
    /// <summary>GOLD_D = #E1A158.</summary>
    public static readonly Color GoldD = Color.FromBytes(0xE1, 0xA1, 0x58);
    /// <summary>GOLD_C = #F0AC5F.</summary>
    public static readonly Color GoldC = Color.FromBytes(0xF0, 0xAC, 0x5F);
    /// <summary>GOLD_B = #F9B775.</summary>
    public static readonly Color GoldB = Color.FromBytes(0xF9, 0xB7, 0x75);
    /// <summary>GOLD_A = #F7C797.</summary>
    public static readonly Color GoldA = Color.FromBytes(0xF7, 0xC7, 0x97);
    /// <summary>RED_E = #CF5044.</summary>
    public static readonly Color RedE = Color.FromBytes(0xCF, 0x50, 0x44);
    /// <summary>RED_D = #E65A4C.</summary>
    public static readonly Color RedD = Color.FromBytes(0xE6, 0x5A, 0x4C);
    /// <summary>RED_C = #FC6255.</summary>
    public static readonly Color RedC = Color.FromBytes(0xFC, 0x62, 0x55);
    /// <summary>RED_B = #FF8080.</summary>
    public static readonly Color RedB = Color.FromBytes(0xFF, 0x80, 0x80);
    /// <summary>RED_A = #F7A1A3.</summary>
    public static readonly Color RedA = Color.FromBytes(0xF7, 0xA1, 0xA3);
    /// <summary>MAROON_E = #94424F.</summary>
    public static readonly Color MaroonE = Color.FromBytes(0x94, 0x42, 0x4F);
    /// <summary>MAROON_D = #A24D61.</summary>
    public static readonly Color MaroonD = Color.FromBytes(0xA2, 0x4D, 0x61);
    /// <summary>MAROON_C = #C55F73.</summary>
    public static readonly Color MaroonC = Color.FromBytes(0xC5, 0x5F, 0x73);
    /// <summary>MAROON_B = #EC92AB.</summary>
    public static readonly Color MaroonB = Color.FromBytes(0xEC, 0x92, 0xAB);
    /// <summary>MAROON_A = #ECABC1.</summary>
    public static readonly Color MaroonA = Color.FromBytes(0xEC, 0xAB, 0xC1);
    /// <summary>PURPLE_E = #644172.</summary>
    public static readonly Color PurpleE = Color.FromBytes(0x64, 0x41, 0x72);
    /// <summary>PURPLE_D = #715582.</summary>
    public static readonly Color PurpleD = Color.FromBytes(0x71, 0x55, 0x82);
    /// <summary>PURPLE_C = #9A72AC.</summary>
    public static readonly Color PurpleC = Color.FromBytes(0x9A, 0x72, 0xAC);
    /// <summary>PURPLE_B = #B189C6.</summary>
    public static readonly Color PurpleB = Color.FromBytes(0xB1, 0x89, 0xC6);
    /// <summary>PURPLE_A = #CAA3E8.</summary>
    public static readonly Color PurpleA = Color.FromBytes(0xCA, 0xA3, 0xE8);
    /// <summary>GREY_E = #222222.</summary>
    public static readonly Color GreyE = Color.FromBytes(0x22, 0x22, 0x22);
    /// <summary>GREY_D = #444444.</summary>
    public static readonly Color GreyD = Color.FromBytes(0x44, 0x44, 0x44);
    /// <summary>GREY_C = #888888.</summary>
    public static readonly Color GreyC = Color.FromBytes(0x88, 0x88, 0x88);
    /// <summary>GREY_B = #BBBBBB.</summary>
    public static readonly Color GreyB = Color.FromBytes(0xBB, 0xBB, 0xBB);
    /// <summary>GREY_A = #DDDDDD.</summary>
    public static readonly Color GreyA = Color.FromBytes(0xDD, 0xDD, 0xDD);
    /// <summary>WHITE = #FFFFFF.</summary>
    public static readonly Color White = Color.FromBytes(0xFF, 0xFF, 0xFF);
    /// <summary>BLACK = #000000.</summary>
    public static readonly Color Black = Color.FromBytes(0x00, 0x00, 0x00);
    /// <summary>GREY_BROWN = #736357.</summary>
    public static readonly Color GreyBrown = Color.FromBytes(0x73, 0x63, 0x57);
    /// <summary>DARK_BROWN = #8B4513.</summary>
    public static readonly Color DarkBrown = Color.FromBytes(0x8B, 0x45, 0x13);
    /// <summary>LIGHT_BROWN = #CD853F.</summary>
    public static readonly Color LightBrown = Color.FromBytes(0xCD, 0x85, 0x3F);
    /// <summary>PINK = #D147BD.</summary>
    public static readonly Color Pink = Color.FromBytes(0xD1, 0x47, 0xBD);
    /// <summary>LIGHT_PINK = #DC75CD.</summary>
    public static readonly Color LightPink = Color.FromBytes(0xDC, 0x75, 0xCD);
    /// <summary>ORANGE = #FF862F.</summary>
    public static readonly Color Orange = Color.FromBytes(0xFF, 0x86, 0x2F);
    /// <summary>GREEN_SCREEN = #00FF00.</summary>
    public static readonly Color GreenScreen = Color.FromBytes(0x00, 0xFF, 0x00);
    /// <summary>BLUE = BLUE_C = #58C4DD.</summary>
    public static readonly Color Blue = BlueC;
    /// <summary>TEAL = TEAL_C = #5CD0B3.</summary>
    public static readonly Color Teal = TealC;
    /// <summary>GREEN = GREEN_C = #83C167.</summary>
    public static readonly Color Green = GreenC;
    /// <summary>YELLOW = YELLOW_C = #FFFF00.</summary>
    public static readonly Color Yellow = YellowC;
    /// <summary>GOLD = GOLD_C = #F0AC5F.</summary>
    public static readonly Color Gold = GoldC;
    /// <summary>RED = RED_C = #FC6255.</summary>
    public static readonly Color Red = RedC;
    /// <summary>MAROON = MAROON_C = #C55F73.</summary>
    public static readonly Color Maroon = MaroonC;
    /// <summary>PURPLE = PURPLE_C = #9A72AC.</summary>
    public static readonly Color Purple = PurpleC;
    /// <summary>GREY = GREY_C = #888888.</summary>
    public static readonly Color Grey = GreyC;

    private static readonly Dictionary<string, Color> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BLUE_E"] = BlueE,
        ["BLUE_D"] = BlueD,
        ["BLUE_C"] = BlueC,
        ["BLUE_B"] = BlueB,
        ["BLUE_A"] = BlueA,
        ["TEAL_E"] = TealE,
        ["TEAL_D"] = TealD,
        ["TEAL_C"] = TealC,
        ["TEAL_B"] = TealB,
        ["TEAL_A"] = TealA,
        ["GREEN_E"] = GreenE,
        ["GREEN_D"] = GreenD,
        ["GREEN_C"] = GreenC,
        ["GREEN_B"] = GreenB,
        ["GREEN_A"] = GreenA,
        ["YELLOW_E"] = YellowE,
        ["YELLOW_D"] = YellowD,
        ["YELLOW_C"] = YellowC,
        ["YELLOW_B"] = YellowB,
        ["YELLOW_A"] = YellowA,
        ["GOLD_E"] = GoldE,
        ["GOLD_D"] = GoldD,
        ["GOLD_C"] = GoldC,
        ["GOLD_B"] = GoldB,
        ["GOLD_A"] = GoldA,
        ["RED_E"] = RedE,
        ["RED_D"] = RedD,
        ["RED_C"] = RedC,
        ["RED_B"] = RedB,
        ["RED_A"] = RedA,
        ["MAROON_E"] = MaroonE,
        ["MAROON_D"] = MaroonD,
        ["MAROON_C"] = MaroonC,
        ["MAROON_B"] = MaroonB,
        ["MAROON_A"] = MaroonA,
        ["PURPLE_E"] = PurpleE,
        ["PURPLE_D"] = PurpleD,
        ["PURPLE_C"] = PurpleC,
        ["PURPLE_B"] = PurpleB,
        ["PURPLE_A"] = PurpleA,
        ["GREY_E"] = GreyE,
        ["GREY_D"] = GreyD,
        ["GREY_C"] = GreyC,
        ["GREY_B"] = GreyB,
        ["GREY_A"] = GreyA,
        ["WHITE"] = White,
        ["BLACK"] = Black,
        ["GREY_BROWN"] = GreyBrown,
        ["DARK_BROWN"] = DarkBrown,
        ["LIGHT_BROWN"] = LightBrown,
        ["PINK"] = Pink,
        ["LIGHT_PINK"] = LightPink,
        ["ORANGE"] = Orange,
        ["GREEN_SCREEN"] = GreenScreen,
        ["BLUE"] = Blue,
        ["TEAL"] = Teal,
        ["GREEN"] = Green,
        ["YELLOW"] = Yellow,
        ["GOLD"] = Gold,
        ["RED"] = Red,
        ["MAROON"] = Maroon,
        ["PURPLE"] = Purple,
        ["GREY"] = Grey,
    };

    /// <summary>Every palette entry keyed by its ManimGL name (<c>BLUE_E</c>).</summary>
    public static IReadOnlyDictionary<string, Color> All => ByName;

    /// <summary>Looks a colour up by ManimGL name (<c>BLUE_E</c>) or PascalCase name (<c>BlueE</c>), ignoring case.</summary>
    public static bool TryGet(string name, out Color color)
    {
        if (ByName.TryGetValue(name, out color)) return true;
        foreach (var (key, value) in ByName)
        {
            if (string.Equals(key.Replace("_", ""), name, StringComparison.OrdinalIgnoreCase))
            {
                color = value;
                return true;
            }
        }
        return false;
    }
}
