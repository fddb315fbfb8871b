# Two Debian packages from one install tree: `cpack -G DEB` (or `./stillpoint package`) writes
# stillpoint-server_VERSION_ARCH.deb and stillpoint-kiosk_VERSION_ARCH.deb. Their library
# dependencies come from dpkg-shlibdeps; the rest is named here.
set(STILLPOINT_PACKAGE_CONTACT "Stillpoint maintainers <packages@stillpoint.example>"
    CACHE STRING "Maintainer named in the Debian packages")

# Debian wants a compressed changelog in each package's doc folder.
string(TIMESTAMP stillpoint_package_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
foreach(package stillpoint-server stillpoint-kiosk)
  set(PACKAGE ${package})
  set(VERSION ${PROJECT_VERSION})
  set(CONTACT ${STILLPOINT_PACKAGE_CONTACT})
  set(DATE ${stillpoint_package_date})
  configure_file(packaging/debian/changelog.in ${PROJECT_BINARY_DIR}/changelog/${package}/changelog @ONLY)
  execute_process(COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/changelog/${package}/changelog
                  OUTPUT_FILE ${PROJECT_BINARY_DIR}/changelog/${package}/changelog.gz)
endforeach()
install(FILES ${PROJECT_BINARY_DIR}/changelog/stillpoint-server/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/stillpoint-server COMPONENT server)
install(FILES ${PROJECT_BINARY_DIR}/changelog/stillpoint-kiosk/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/stillpoint-kiosk COMPONENT kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server kiosk)
set(CPACK_PACKAGE_NAME stillpoint)
set(CPACK_PACKAGE_VENDOR "Stillpoint")
# Each package has its own synopsis: the first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${STILLPOINT_PACKAGE_CONTACT})
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME stillpoint-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.54~)")
# The first line is the synopsis; CPack indents the rest as the extended description.
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"clinic reception server for Stillpoint kiosks and lobby screens
The HTTP API that Stillpoint check-in kiosks and waiting-room screens sync
with, its SQLite database, and the staff console for the front desk.
Runs as the stillpoint system user under a hardened systemd unit; a daily
timer deletes intake answers past the configured retention.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/packaging/debian/server/postinst
  ${PROJECT_SOURCE_DIR}/packaging/debian/server/prerm
  ${PROJECT_SOURCE_DIR}/packaging/debian/server/postrm
  ${PROJECT_SOURCE_DIR}/packaging/debian/server/conffiles)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME stillpoint-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "adduser, fonts-noto-core")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cage")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION
"touch check-in kiosk and waiting-room display for Stillpoint clinics
A fullscreen touch app: people with an appointment check in with their
date of birth, walk-ins fill an anonymous intake form and get a ticket.
In lobby mode it shows calming content and ticket codes, never a name.
A systemd unit runs it under the cage kiosk compositor on tty1.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/packaging/debian/kiosk/postinst
  ${PROJECT_SOURCE_DIR}/packaging/debian/kiosk/prerm
  ${PROJECT_SOURCE_DIR}/packaging/debian/kiosk/postrm
  ${PROJECT_SOURCE_DIR}/packaging/debian/kiosk/conffiles)

include(CPack)
