// English catalogue: add a feature's file here when you add it.
import account from './account.json';
import applications from './applications.json';
import audit from './audit.json';
import auth from './auth.json';
import campaigns from './campaigns.json';
import common from './common.json';
import contact from './contact.json';
import contactMessages from './contactMessages.json';
import countries from './countries.json';
import directory from './directory.json';
import directoryCsv from './directoryCsv.json';
import errors from './errors.json';
import events from './events.json';
import feeds from './feeds.json';
import getInvolved from './getInvolved.json';
import home from './home.json';
import join from './join.json';
import manageCampaigns from './manageCampaigns.json';
import monitoring from './monitoring.json';
import library from './library.json';
import nav from './nav.json';
import organizationProfile from './organizationProfile.json';
import people from './people.json';
import publications from './publications.json';
import regions from './regions.json';
import search from './search.json';
import secondFactor from './secondFactor.json';
import teams from './teams.json';
import themes from './themes.json';

const messages = {
  common,
  nav,
  auth,
  secondFactor,
  account,
  join,
  applications,
  people,
  audit,
  organizationProfile,
  teams,
  home,
  directory,
  directoryCsv,
  library,
  publications,
  campaigns,
  events,
  manageCampaigns,
  regions,
  countries,
  monitoring,
  themes,
  contact,
  contactMessages,
  getInvolved,
  search,
  feeds,
  errors,
};
export default messages;
