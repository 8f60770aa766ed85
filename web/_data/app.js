// What the browser shows of the site when it is installed: the web app manifest and the
// pages' theme colour read these.
export default {
  name: 'rightsize: scale when a measurement says so',
  short_name: 'rightsize',
  description: 'Which infrastructure stage to be on, why, and what the months ahead cost, computed in your browser.',
  theme_color: '#1f5f8b',
  background_color: '#fdfdfc',
};
