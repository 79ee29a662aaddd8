// The "…" beside the project's name, as in Atlas: Project Settings, where the
// project's Access Manager lives.
import { Menu, MenuContent, MenuLabel, MenuLinkItem, MenuTrigger } from "../../../components/ui/menu.tsx";
import { projectAccessPath } from "../../../lib/paths.ts";
import styles from "./project-picker.module.css";

export function ProjectSettingsMenu({ groupId, projectName }: { groupId: string; projectName: string }) {
  return (
    <Menu>
      <MenuTrigger className={styles.settingsTrigger} aria-label={`Project settings for ${projectName}`}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="3" r="1.5" fill="currentColor" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
          <circle cx="8" cy="13" r="1.5" fill="currentColor" />
        </svg>
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>Project Settings</MenuLabel>
        <MenuLinkItem to={projectAccessPath(groupId)}>Access Manager</MenuLinkItem>
      </MenuContent>
    </Menu>
  );
}
