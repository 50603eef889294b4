package stepwise.model.validate;

/**
 * The timestamps ASL accepts: RFC 3339 with an uppercase {@code T} between date and time and an
 * uppercase {@code Z} or a numeric offset, e.g. {@code 2016-03-14T01:59:00Z} or
 * {@code 2016-03-14T01:59:00.123+02:00}. The date must exist (no month 13, no February 30).
 */
final class Timestamps {
    private Timestamps() {
    }

    static boolean isValid(String s) {
        int n = s.length();
        if (n < 20 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-' || !digits(s, 8, 10)
                || s.charAt(10) != 'T' || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16) || s.charAt(16) != ':'
                || !digits(s, 17, 19)) {
            return false;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && s.charAt(i) == 'Z') {
            i++;
        } else if (i + 6 == n && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, i + 3) && s.charAt(i + 3) == ':'
                && digits(s, i + 4, i + 6)) {
            if (number(s, i + 1, i + 3) > 23 || number(s, i + 4, i + 6) > 59) {
                return false;
            }
            i += 6;
        } else {
            return false;
        }
        if (i != n) {
            return false;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
                && number(s, 11, 13) <= 23 && number(s, 14, 16) <= 59 && number(s, 17, 19) <= 60;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }
}
