#include "timestamp.hpp"

#include "text_scan.hpp"

namespace rightsize::detail {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Exactly `n` digits at `at`, or -1.
int digits_at(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int month_from_name(std::string_view m) {
  static constexpr const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (iequals(m, kNames[i])) return i + 1;
  return 0;
}

std::optional<Instant> make(int y, int mo, int d, int h, int mi, int s, int offset_minutes, bool zoned) {
  if (!valid_date(y, mo, d) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) return std::nullopt;
  if (offset_minutes < -18 * 60 || offset_minutes > 18 * 60) return std::nullopt;
  const std::int64_t local = days_from_civil(y, mo, d) * kSecondsPerDay + h * 3600 + mi * 60 + s;
  return Instant{local - offset_minutes * 60, offset_minutes, zoned};
}

// "+0530", "+05:30", "-08", "Z", " UTC", "" (none). Sets `ok` false on anything else.
int read_zone(std::string_view z, bool& zoned, bool& ok) {
  ok = true;
  zoned = true;
  if (!z.empty() && z.front() == ' ') z.remove_prefix(1);
  if (z.empty()) return zoned = false, 0;
  if (z == "Z" || z == "z" || iequals(z, "UTC") || iequals(z, "GMT")) return 0;
  if (z.front() != '+' && z.front() != '-') return ok = false, 0;
  const int sign = z.front() == '-' ? -1 : 1;
  z.remove_prefix(1);
  int h = digits_at(z, 0, 2), m = 0;
  if (z.size() == 5 && z[2] == ':')
    m = digits_at(z, 3, 2);
  else if (z.size() == 4)
    m = digits_at(z, 2, 2);
  else if (z.size() != 2)
    return ok = false, 0;
  if (h < 0 || m < 0 || m > 59) return ok = false, 0;
  return sign * (h * 60 + m);
}

}  // namespace

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool valid_date(int year, int month, int day) {
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<Instant> parse_clf_time(std::string_view s) {
  // 15/Jan/2024:10:00:01 +0000
  if (s.size() != 26 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':' || s[20] != ' ')
    return std::nullopt;
  bool zoned = false, ok = false;
  const int offset = read_zone(s.substr(21), zoned, ok);
  if (!ok || !zoned) return std::nullopt;
  return make(digits_at(s, 7, 4), month_from_name(s.substr(3, 3)), digits_at(s, 0, 2), digits_at(s, 12, 2),
              digits_at(s, 15, 2), digits_at(s, 18, 2), offset, true);
}

std::optional<Instant> parse_iso_time(std::string_view s) {
  // 2024-01-15T10:00 at least; '/' may separate the date's parts.
  if (s.size() < 16 || (s[4] != '-' && s[4] != '/') || s[7] != s[4] || (s[10] != 'T' && s[10] != ' ') || s[13] != ':')
    return std::nullopt;
  size_t at = 16;
  int seconds = 0;
  if (at < s.size() && s[at] == ':') {
    seconds = digits_at(s, at + 1, 2);
    if (seconds < 0) return std::nullopt;
    at += 3;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
      ++at;
      const size_t start = at;
      while (at < s.size() && is_digit(s[at])) ++at;
      if (at == start) return std::nullopt;
    }
  }
  bool zoned = false, ok = false;
  const int offset = read_zone(s.substr(at), zoned, ok);
  if (!ok) return std::nullopt;
  return make(digits_at(s, 0, 4), digits_at(s, 5, 2), digits_at(s, 8, 2), digits_at(s, 11, 2), digits_at(s, 14, 2),
              seconds, offset, zoned);
}

std::optional<Instant> parse_epoch(std::string_view s) {
  const auto v = parse_decimal(s);
  if (!v || *v < 0) return std::nullopt;
  double seconds = *v;
  if (seconds >= 1e14)
    seconds /= 1e6;  // microseconds
  else if (seconds >= 1e11)
    seconds /= 1e3;  // milliseconds
  // Before 1973 or past 9999 is not a time a log holds: more likely a value misread.
  if (seconds < 1e8 || seconds >= 253402300800.0) return std::nullopt;
  return Instant{static_cast<std::int64_t>(seconds), 0, true};
}

std::optional<Instant> parse_any_time(std::string_view s) {
  s = trim(s);
  if (auto t = parse_iso_time(s)) return t;
  if (auto t = parse_clf_time(s)) return t;
  return parse_epoch(s);
}

std::int64_t HourClock::hour_of(const Instant& t) {
  if (!set_) {
    set_ = true;
    zoned_ = t.zoned;
    offset_minutes_ = t.offset_minutes;
  }
  const std::int64_t local = t.utc_seconds + offset_minutes_ * 60;
  return local >= 0 ? local / 3600 : (local - 3599) / 3600;
}

std::string HourClock::format(std::int64_t hour) const { return format_local(hour * 3600, false); }

std::string HourClock::format_instant(const Instant& t) const {
  return format_local(t.utc_seconds + offset_minutes_ * 60, true);
}

std::string HourClock::format_local(std::int64_t local, bool with_seconds) const {
  const std::int64_t days = local >= 0 ? local / kSecondsPerDay : (local - kSecondsPerDay + 1) / kSecondsPerDay;
  const std::int64_t in_day = local - days * kSecondsPerDay;
  // civil_from_days, the inverse of days_from_civil.
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  auto two = [](std::int64_t v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
  std::string out = std::to_string(y) + "-" + two(m) + "-" + two(d) + "T" + two(in_day / 3600) + ":" +
                    two(with_seconds ? in_day / 60 % 60 : 0) + ":" + two(with_seconds ? in_day % 60 : 0);
  if (!zoned_) return out;
  if (offset_minutes_ == 0) return out + "Z";
  const int a = offset_minutes_ < 0 ? -offset_minutes_ : offset_minutes_;
  return out + (offset_minutes_ < 0 ? "-" : "+") + two(a / 60) + ":" + two(a % 60);
}

}  // namespace rightsize::detail
