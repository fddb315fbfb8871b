# What `cmake --install` puts where, and the two Debian packages CPack makes from it:
#   stillpoint-server  the server, its assets, /etc/stillpoint/server.json, the systemd units
#   stillpoint-kiosk   the kiosk/lobby app, its assets, /etc/stillpoint/{kiosk,lobby}.json, the
#                      unit that runs it fullscreen under the cage Wayland kiosk compositor
# Each package keeps its assets under its own share folder, so both can be installed on one box.
include(GNUInstallDirs)

set(STILLPOINT_SERVER_SHARE ${CMAKE_INSTALL_DATADIR}/stillpoint-server)
set(STILLPOINT_KIOSK_SHARE ${CMAKE_INSTALL_DATADIR}/stillpoint-kiosk)
set(STILLPOINT_STATE_DIR ${CMAKE_INSTALL_FULL_LOCALSTATEDIR}/lib)
set(STILLPOINT_UNIT_DIR lib/systemd/system CACHE STRING "Where systemd units are installed")

# The example configs as installed: every field as in config/, but no assets_dir (an installed
# program finds the assets it shipped with) and the key/value pairs given (strings).
function(stillpoint_installed_config name)
  file(READ ${PROJECT_SOURCE_DIR}/config/${name} json)
  string(JSON json REMOVE "${json}" assets_dir)
  set(pairs ${ARGN})
  while(pairs)
    list(POP_FRONT pairs key value)
    string(JSON json SET "${json}" ${key} "\"${value}\"")
  endwhile()
  file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/installed-config/${name} CONTENT "${json}\n")
endfunction()

# --- stillpoint-server ----------------------------------------------------------------------
install(TARGETS stillpoint-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(DIRECTORY assets/forms assets/content assets/staff
        DESTINATION ${STILLPOINT_SERVER_SHARE}/assets COMPONENT server)
stillpoint_installed_config(server.json)
install(FILES ${PROJECT_BINARY_DIR}/installed-config/server.json
        DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/stillpoint COMPONENT server)
foreach(unit stillpoint-server.service stillpoint-purge.service stillpoint-purge.timer)
  configure_file(packaging/systemd/${unit}.in ${PROJECT_BINARY_DIR}/units/${unit} @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/units/${unit} DESTINATION ${STILLPOINT_UNIT_DIR} COMPONENT server)
endforeach()
install(FILES packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/stillpoint-server
        COMPONENT server)

# --- stillpoint-kiosk -----------------------------------------------------------------------
install(TARGETS stillpoint-kiosk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT kiosk)
install(DIRECTORY assets/forms assets/content assets/i18n assets/themes
        DESTINATION ${STILLPOINT_KIOSK_SHARE}/assets COMPONENT kiosk)
foreach(mode kiosk lobby)
  stillpoint_installed_config(${mode}.json
    data_dir ${STILLPOINT_STATE_DIR}/stillpoint-kiosk/${mode}
    token_file ${STILLPOINT_STATE_DIR}/stillpoint-kiosk/${mode}.token)
  install(FILES ${PROJECT_BINARY_DIR}/installed-config/${mode}.json
          DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/stillpoint COMPONENT kiosk)
endforeach()
configure_file(packaging/systemd/stillpoint-kiosk@.service.in
               ${PROJECT_BINARY_DIR}/units/stillpoint-kiosk@.service @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/units/stillpoint-kiosk@.service
        DESTINATION ${STILLPOINT_UNIT_DIR} COMPONENT kiosk)
install(FILES packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/stillpoint-kiosk
        COMPONENT kiosk)

include(cmake/Packaging.cmake)
